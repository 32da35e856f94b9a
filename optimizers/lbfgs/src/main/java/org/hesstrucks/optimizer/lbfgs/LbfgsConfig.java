package org.hesstrucks.optimizer.lbfgs;

import org.hesstrucks.core.ConfigException;
import org.hesstrucks.linesearch.LineSearchFailurePolicy;
import org.hesstrucks.linesearch.LineSearchSpec;

/**
 * Options of L-BFGS.
 *
 * @param memory m, the number of curvature pairs kept; default 10
 * @param lineSearch the line search; default {@code strong-wolfe} with c1 = 1e-4, c2 = 0.9, which guarantees
 *     sᵀy &gt; 0. {@code backtracking} (the draft's Algorithm 1) also works: pairs with too little curvature are
 *     then skipped, which is why {@code curvatureTolerance} exists
 * @param onLineSearchFailure {@code stop} (default) fails the step; {@code accept-last} moves to the search's
 *     best trial when it decreased f (the memory is kept, no pair is stored); {@code reset-memory} drops every
 *     pair and searches again along −∇f, once
 * @param curvatureTolerance ε: a pair with sᵀy ≤ ε‖s‖‖y‖ (the cosine of the angle between s and y at most ε) is
 *     skipped and counted; a number in [0, 1); default 1e-8
 */
public record LbfgsConfig(Integer memory, LineSearchSpec lineSearch, LineSearchFailurePolicy onLineSearchFailure,
    Double curvatureTolerance) {
  public LbfgsConfig {
    memory = memory == null ? 10 : ConfigException.requirePositive("memory", memory);
    lineSearch = lineSearch == null ? LineSearchSpec.strongWolfe() : lineSearch;
    onLineSearchFailure = onLineSearchFailure == null ? LineSearchFailurePolicy.STOP : onLineSearchFailure;
    curvatureTolerance = curvatureTolerance == null ? 1e-8 : curvatureTolerance;
    if (!(curvatureTolerance >= 0 && curvatureTolerance < 1)) {
      throw new ConfigException("curvatureTolerance", "a number in [0, 1)", curvatureTolerance);
    }
  }

  /** m = 10, strong Wolfe, stop on a failed search, ε = 1e-8. */
  public static LbfgsConfig defaults() {
    return new LbfgsConfig(null, null, null, null);
  }
}
