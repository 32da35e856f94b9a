package org.hesstrucks.linesearch;

import org.hesstrucks.core.ConfigException;

/**
 * Options of the backtracking Armijo search (the draft's Algorithm 1, Nocedal &amp; Wright Algorithm 3.1).
 *
 * @param initialStep α₀, the first trial step unless the optimizer passes its own; default 1
 * @param shrink ρ ∈ (0, 1), the factor a rejected step is multiplied by; default 0.5
 * @param sufficientDecrease c ∈ (0, 1), the Armijo constant; default 1e-4 (Nocedal &amp; Wright §3.1)
 * @param maxReductions how many times the step may shrink before the search gives up; default 50
 */
public record BacktrackingConfig(Double initialStep, Double shrink, Double sufficientDecrease, Integer maxReductions) {
  public BacktrackingConfig {
    initialStep = initialStep == null ? 1.0 : ConfigException.requirePositive("initialStep", initialStep);
    shrink = shrink == null ? 0.5 : ConfigException.requireOpenInterval("shrink", shrink, 0, 1);
    sufficientDecrease = sufficientDecrease == null ? 1e-4
        : ConfigException.requireOpenInterval("sufficientDecrease", sufficientDecrease, 0, 1);
    maxReductions = maxReductions == null ? 50 : maxReductions;
    if (maxReductions < 0) {
      throw new ConfigException("maxReductions", "an integer ≥ 0", maxReductions);
    }
  }

  /** All defaults. */
  public static BacktrackingConfig defaults() {
    return new BacktrackingConfig(null, null, null, null);
  }
}
