package org.hesstrucks.harness.sweep;

/**
 * The sweep's {@code tuning} block: how every optimizer block with a {@code tune} field is tuned.
 *
 * @param seed the seed the trials run on; default 0
 * @param metric what ranks them; default finalLoss
 */
public record TuningSettings(Long seed, TuningMetric metric) {
  public TuningSettings {
    seed = seed == null ? 0L : seed;
    metric = metric == null ? TuningMetric.FINAL_LOSS : metric;
  }

  public static TuningSettings defaults() {
    return new TuningSettings(null, null);
  }
}
