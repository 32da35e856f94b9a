package org.hesstrucks.optimizer;

import org.hesstrucks.core.ConfigException;

/**
 * A learning-rate schedule by iteration: the rate used at iteration k is {@code learningRate · multiplier(k)}.
 *
 * <ul>
 *   <li>{@code {"type": "constant"}} (the default): multiplier 1.
 *   <li>{@code {"type": "step", "every": 100, "factor": 0.1}}: multiplier {@code factor^⌊k / every⌋}, so the rate
 *       drops by {@code factor} at iterations every, 2·every, …; both fields are required.
 * </ul>
 *
 * <p>k is the harness's iteration number ({@link org.hesstrucks.optimizer.StepContext#iteration()}, from 0).
 * Evaluating the schedule allocates nothing.
 *
 * <p>Shared by every optimizer with a learning rate (sgd, adam, and third-party plugins): a config component of
 * this type binds from the sweep file's {@code schedule} block.
 *
 * @param type {@code "constant"} or {@code "step"}; default constant
 * @param every for {@code step}: the number of iterations between drops, a positive integer
 * @param factor for {@code step}: the factor each drop multiplies the rate by, in (0, 1)
 */
public record LearningRateSchedule(String type, Integer every, Double factor) {
  /** The type of a schedule that keeps the rate fixed. */
  public static final String CONSTANT = "constant";
  /** The type of a schedule that multiplies the rate by {@code factor} every {@code every} iterations. */
  public static final String STEP = "step";

  public LearningRateSchedule {
    type = type == null ? CONSTANT : type;
    switch (type) {
      case CONSTANT -> {
        if (every != null) {
          throw new ConfigException("every", "nothing for a constant schedule", every);
        }
        if (factor != null) {
          throw new ConfigException("factor", "nothing for a constant schedule", factor);
        }
      }
      case STEP -> {
        if (every == null || every <= 0) {
          throw new ConfigException("every", "a positive integer for a step schedule", every);
        }
        if (factor == null || !(factor > 0 && factor < 1)) {
          throw new ConfigException("factor", "a number in (0, 1) for a step schedule", factor);
        }
      }
      default -> throw new ConfigException("type", "one of 'constant', 'step'", "'" + type + "'");
    }
  }

  /** The rate never changes. */
  public static LearningRateSchedule constant() {
    return new LearningRateSchedule(CONSTANT, null, null);
  }

  /** The rate is multiplied by {@code factor} every {@code every} iterations. */
  public static LearningRateSchedule step(int every, double factor) {
    return new LearningRateSchedule(STEP, every, factor);
  }

  /**
   * The factor the base rate is multiplied by at iteration {@code iteration}: 1 for a constant schedule,
   * {@code factor^⌊iteration / every⌋} for a step schedule.
   */
  public double multiplier(long iteration) {
    if (CONSTANT.equals(type)) {
      return 1;
    }
    return Math.pow(factor, (double) (iteration / every));
  }

  /** The learning rate at {@code iteration}: {@code base · multiplier(iteration)}. */
  public double rate(double base, long iteration) {
    return base * multiplier(iteration);
  }
}
