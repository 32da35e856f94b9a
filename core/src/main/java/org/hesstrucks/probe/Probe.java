package org.hesstrucks.probe;

import java.util.Map;

/** One run's probe. */
public interface Probe {
  /**
   * Measures at a checkpoint. Values must be what Jackson writes as JSON: numbers, strings, booleans,
   * {@code double[]}, and lists or maps of those.
   */
  Map<String, Object> measure(ProbeContext context);
}
