package org.hesstrucks.probe.heldout;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hesstrucks.probe.Probe;
import org.hesstrucks.probe.ProbePlugin;

/**
 * Registers the probe {@code held-out}: at each checkpoint it is due, it records
 * {@link org.hesstrucks.model.Model#heldOutMetrics} at the current parameters ("loss", "accuracy", whatever
 * the model reports; nothing for a model without held-out data).
 */
public final class HeldOutProbePlugin implements ProbePlugin<HeldOutProbePlugin.Config> {
  /** The probe has no options. */
  public record Config() {}

  @Override
  public String id() {
    return "held-out";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public String description() {
    return "held-out loss and accuracy at checkpoints";
  }

  @Override
  public Probe create(Config config) {
    return context -> {
      Map<String, Object> values = new LinkedHashMap<>();
      context.model().heldOutMetrics(context.parameters()).forEach(values::put);
      return values;
    };
  }
}
