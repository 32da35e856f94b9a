package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.hesstrucks.core.ConfigException;

/** What ranks the trials of a tuned optimizer. */
public enum TuningMetric {
  /** The full training loss at the end of the trial; lower is better (the default). */
  FINAL_LOSS("finalLoss", false),
  /** The least full training loss at any checkpoint; lower is better. */
  BEST_LOSS("bestLoss", false),
  /** The held-out loss at the end; lower is better. */
  HELD_OUT_LOSS("heldOutLoss", false),
  /** The held-out accuracy at the end; higher is better. */
  HELD_OUT_ACCURACY("heldOutAccuracy", true);

  private final String id;
  private final boolean higherIsBetter;

  TuningMetric(String id, boolean higherIsBetter) {
    this.id = id;
    this.higherIsBetter = higherIsBetter;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  @JsonCreator
  public static TuningMetric fromId(String id) {
    for (TuningMetric metric : values()) {
      if (metric.id.equals(id)) {
        return metric;
      }
    }
    throw new ConfigException("metric", "one of " + Arrays.stream(values()).map(TuningMetric::id)
        .collect(Collectors.joining(", ")), "'" + id + "'");
  }
}
