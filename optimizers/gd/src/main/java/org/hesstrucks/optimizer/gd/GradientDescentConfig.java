package org.hesstrucks.optimizer.gd;

import org.hesstrucks.core.ConfigException;
import org.hesstrucks.linesearch.LineSearchFailurePolicy;
import org.hesstrucks.linesearch.LineSearchSpec;

/**
 * Options of gradient descent.
 *
 * @param lineSearch the line search along −∇f; default backtracking Armijo with its defaults
 * @param warmStartGrowth when set (a number ≥ 1), each search starts from this factor times the previous
 *     accepted step instead of the search's configured initial step, which saves trials once the step size
 *     has settled; default unset (the draft's algorithm: every search starts from α₀)
 * @param onLineSearchFailure what a failed search does: {@code stop} (default) fails the step, {@code
 *     accept-last} moves to the search's best trial point when it decreased f; {@code reset-memory} is refused
 *     (gradient descent keeps no memory)
 */
public record GradientDescentConfig(LineSearchSpec lineSearch, Double warmStartGrowth,
    LineSearchFailurePolicy onLineSearchFailure) {
  public GradientDescentConfig {
    lineSearch = lineSearch == null ? LineSearchSpec.backtracking() : lineSearch;
    if (warmStartGrowth != null && !(warmStartGrowth >= 1 && Double.isFinite(warmStartGrowth))) {
      throw new ConfigException("warmStartGrowth", "a finite number ≥ 1", warmStartGrowth);
    }
    onLineSearchFailure = onLineSearchFailure == null ? LineSearchFailurePolicy.STOP : onLineSearchFailure;
    if (onLineSearchFailure == LineSearchFailurePolicy.RESET_MEMORY) {
      throw new ConfigException("onLineSearchFailure", "stop or accept-last (gradient descent keeps no memory)",
          onLineSearchFailure);
    }
  }

  /** The options before the failure policy existed; the policy is {@code stop}. */
  public GradientDescentConfig(LineSearchSpec lineSearch, Double warmStartGrowth) {
    this(lineSearch, warmStartGrowth, null);
  }

  /** Backtracking Armijo, no warm start, stop on a failed search. */
  public static GradientDescentConfig defaults() {
    return new GradientDescentConfig(null, null, null);
  }
}
