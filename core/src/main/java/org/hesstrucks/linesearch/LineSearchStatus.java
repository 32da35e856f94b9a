package org.hesstrucks.linesearch;

/**
 * Why a line search stopped. Optimizers record {@link #ordinal()} as the telemetry {@code lineSearch.status};
 * constants are only ever appended, so the codes are stable: 0 satisfied, 1 max evaluations, 2 not a descent
 * direction, 3 non-finite start, 4 step too small, 5 interval too small, 6 maximum step reached.
 */
public enum LineSearchStatus {
  /** The step satisfies the search's conditions. */
  SATISFIED(true),
  /** The maximum number of trials was reached without satisfying the conditions. */
  MAX_EVALUATIONS(false),
  /** ∇f(x)ᵀd ≥ 0: d is not a descent direction; nothing was evaluated. */
  NOT_DESCENT_DIRECTION(false),
  /** The start value, gradient or direction is not finite; nothing was evaluated. */
  NON_FINITE_START(false),
  /** The trial step became too small to change x (α‖d‖ below the rounding of x). */
  STEP_TOO_SMALL(false),
  /**
   * A bracketing search narrowed its interval of acceptable steps below the relative rounding of the step
   * without finding a point that satisfies its conditions (rounding errors prevent progress).
   */
  INTERVAL_TOO_SMALL(false),
  /**
   * The step reached the search's maximum step with f still decreasing: the sufficient-decrease condition
   * holds there but the curvature condition does not (f may be unbounded below along d).
   */
  MAX_STEP_REACHED(false);

  private final boolean success;

  LineSearchStatus(boolean success) {
    this.success = success;
  }

  /** True when the accepted point satisfies the search's conditions. */
  public boolean isSuccess() {
    return success;
  }
}
