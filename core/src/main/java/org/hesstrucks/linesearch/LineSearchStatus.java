package org.hesstrucks.linesearch;

/** Why a line search stopped. */
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
  STEP_TOO_SMALL(false);

  private final boolean success;

  LineSearchStatus(boolean success) {
    this.success = success;
  }

  /** True when the accepted point satisfies the search's conditions. */
  public boolean isSuccess() {
    return success;
  }
}
