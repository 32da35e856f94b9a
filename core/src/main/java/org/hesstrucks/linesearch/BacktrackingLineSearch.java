package org.hesstrucks.linesearch;

import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;

/**
 * Backtracking until the Armijo condition holds: f(x + αd) ≤ f(x) + c·α·∇f(x)ᵀd, with α ← ρα after each
 * rejected trial (the draft's Algorithm 1).
 *
 * <p>Differences from the draft's pseudo-code, each needed in practice: a trial whose value is NaN or
 * infinite is rejected like any other (−∞ included, though it compares as a decrease); the search gives up
 * after {@code maxReductions} reductions, or once α‖d‖ no longer changes x, with a status that says which;
 * and a direction that is not a descent direction is refused without evaluating anything. On failure the
 * result holds the last (smallest) trial and, as {@link LineSearchResult#bestPoint()}, the trial with the
 * lowest value; the optimizer decides what to do with them (see {@link LineSearchFailurePolicy}). Only values
 * are evaluated, so the gradient at the accepted point is not known.
 */
public final class BacktrackingLineSearch implements LineSearch {
  private final BacktrackingConfig config;

  public BacktrackingLineSearch(BacktrackingConfig config) {
    this.config = config;
  }

  public BacktrackingConfig config() {
    return config;
  }

  @Override
  public void search(Objective objective, double[] x, double value, double[] gradient, double[] direction,
      double initialStep, LineSearchResult result) {
    double slope = result.start(x, value, gradient, direction);
    if (Double.isNaN(slope)) {
      return;
    }
    double c = config.sufficientDecrease();
    double rho = config.shrink();
    double alpha = LineSearchResult.firstStep(initialStep, config.initialStep());
    int evaluations = 0;
    for (int reductions = 0; ; reductions++) {
      Vectors.addScaled(x, alpha, direction, result.point);
      double trial = objective.value(result.point);
      evaluations++;
      result.offerBest(alpha, trial);
      if (Double.isFinite(trial) && trial <= value + c * alpha * slope) {
        result.set(LineSearchStatus.SATISFIED, alpha, trial, evaluations, false);
        return;
      }
      if (reductions == config.maxReductions()) {
        result.set(LineSearchStatus.MAX_EVALUATIONS, alpha, trial, evaluations, false);
        return;
      }
      if (!movesPoint(x, alpha * rho, direction)) {
        result.set(LineSearchStatus.STEP_TOO_SMALL, alpha, trial, evaluations, false);
        return;
      }
      alpha *= rho;
    }
  }

  /** True when x + αd differs from x in at least one coordinate. */
  private static boolean movesPoint(double[] x, double alpha, double[] d) {
    for (int i = 0; i < x.length; i++) {
      if (x[i] + alpha * d[i] != x[i]) {
        return true;
      }
    }
    return false;
  }
}
