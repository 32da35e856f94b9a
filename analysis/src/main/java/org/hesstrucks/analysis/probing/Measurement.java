package org.hesstrucks.analysis.probing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a probe's measurement so that a failure becomes a value: a thrown exception, or a non-finite number
 * among the results, gives {@code {"error": message}} (plus the products spent so far when known), which the
 * harness records in the cell without ending the run. Adds {@code "seconds"}, the wall time.
 */
public final class Measurement {
  private Measurement() {}

  /**
   * @param body the measurement; its map is copied
   * @return the values with "seconds" appended, or an error map
   */
  public static Map<String, Object> guarded(Supplier<Map<String, Object>> body) {
    long start = System.nanoTime();
    Map<String, Object> values;
    try {
      values = new LinkedHashMap<>(body.get());
    } catch (RuntimeException e) {
      values = new LinkedHashMap<>();
      values.put("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    if (!values.containsKey("error")) {
      String bad = firstNonFinite(values);
      if (bad != null) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", "non-finite value in '" + bad + "'");
        if (values.containsKey("products")) {
          error.put("products", values.get("products"));
        }
        values = error;
      }
    }
    values.put("seconds", (System.nanoTime() - start) * 1e-9);
    return values;
  }

  private static String firstNonFinite(Map<String, Object> values) {
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Object v = e.getValue();
      if (v instanceof Double d && !Double.isFinite(d)) {
        return e.getKey();
      }
      if (v instanceof double[] array) {
        for (double d : array) {
          if (!Double.isFinite(d)) {
            return e.getKey();
          }
        }
      }
    }
    return null;
  }
}
