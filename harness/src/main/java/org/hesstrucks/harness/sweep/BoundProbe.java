package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.plugin.LoadedPlugin;
import org.hesstrucks.probe.Probe;
import org.hesstrucks.probe.ProbePlugin;

/**
 * A probe block after binding.
 *
 * @param plugin the probe plugin its id names
 * @param config the bound config
 * @param every the probe runs at every {@code every}-th checkpoint (the first and last checkpoints included)
 * @param block the block as written, id and {@code every} included
 */
public record BoundProbe(LoadedPlugin<ProbePlugin<?>> plugin, Record config, int every, JsonNode block) {
  /** Creates one run's probe. */
  public Probe create() {
    return create(plugin.plugin(), config);
  }

  /** The plugin's problems with this config for a model of {@code parameters} parameters and its training set. */
  public List<ConfigException> check(int parameters, int trainingSize) {
    return check(plugin.plugin(), config, parameters, trainingSize);
  }

  private static <C extends Record> Probe create(ProbePlugin<C> plugin, Record config) {
    return plugin.create(plugin.configType().cast(config));
  }

  private static <C extends Record> List<ConfigException> check(ProbePlugin<C> plugin, Record config, int parameters,
      int trainingSize) {
    return plugin.check(plugin.configType().cast(config), parameters, trainingSize);
  }
}
