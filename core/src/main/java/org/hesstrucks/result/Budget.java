package org.hesstrucks.result;

import org.hesstrucks.core.ConfigException;

/**
 * Limits on a cell, any of which ends it with status {@code budget}. Null means no limit; at least one
 * limit is required so that every cell ends.
 *
 * @param iterations optimizer steps
 * @param epochs passes over the training set, in sample-gradients / training size
 * @param gradientEquivalents sample-gradients, with values and Hessian-vector products weighted in
 * @param seconds optimizer time (evaluations for the trace and probes are not charged)
 */
public record Budget(Long iterations, Double epochs, Double gradientEquivalents, Double seconds) {
  public Budget {
    if (iterations != null && iterations <= 0) {
      throw new ConfigException("iterations", "a positive integer", iterations);
    }
    if (epochs != null) {
      ConfigException.requirePositive("epochs", epochs);
    }
    if (gradientEquivalents != null) {
      ConfigException.requirePositive("gradientEquivalents", gradientEquivalents);
    }
    if (seconds != null) {
      ConfigException.requirePositive("seconds", seconds);
    }
    if (iterations == null && epochs == null && gradientEquivalents == null && seconds == null) {
      throw new ConfigException("budget", "at least one of iterations, epochs, gradientEquivalents, seconds",
          "none");
    }
  }
}
