package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
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

  private static <C extends Record> Probe create(ProbePlugin<C> plugin, Record config) {
    return plugin.create(plugin.configType().cast(config));
  }
}
