package org.hesstrucks.optimizer.gd;

import org.hesstrucks.core.ConfigException;
import org.hesstrucks.linesearch.LineSearchSpec;

/**
 * Options of gradient descent.
 *
 * @param lineSearch the line search along −∇f; default backtracking Armijo with its defaults
 * @param warmStartGrowth when set (a number ≥ 1), each search starts from this factor times the previous
 *     accepted step instead of the search's configured initial step, which saves trials once the step size
 *     has settled; default unset (the draft's algorithm: every search starts from α₀)
 */
public record GradientDescentConfig(LineSearchSpec lineSearch, Double warmStartGrowth) {
  public GradientDescentConfig {
    lineSearch = lineSearch == null ? LineSearchSpec.backtracking() : lineSearch;
    if (warmStartGrowth != null && !(warmStartGrowth >= 1 && Double.isFinite(warmStartGrowth))) {
      throw new ConfigException("warmStartGrowth", "a finite number ≥ 1", warmStartGrowth);
    }
  }

  /** Backtracking Armijo, no warm start. */
  public static GradientDescentConfig defaults() {
    return new GradientDescentConfig(null, null);
  }
}
