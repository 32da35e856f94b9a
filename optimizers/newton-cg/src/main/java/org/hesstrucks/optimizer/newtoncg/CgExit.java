package org.hesstrucks.optimizer.newtoncg;

/**
 * Why the inner conjugate-gradient loop ended. {@link #code()} is the number recorded as the telemetry
 * {@code cg.exit}; codes are stable (constants are only appended).
 */
public enum CgExit {
  /** 0: CG did not run (the step ended before it: a non-finite gradient, a zero gradient, a missing mode). */
  NOT_RUN(0),
  /** 1: ‖r‖ fell below the forcing term εₖ; the direction is the CG iterate zⱼ₊₁. */
  CONVERGED(1),
  /**
   * 2: dⱼᵀ(B + λI)dⱼ ≤ 0; the direction is −∇f when j = 0 (steepest descent), else the last iterate zⱼ.
   */
  NEGATIVE_CURVATURE(2),
  /** 3: the cap on inner iterations was reached; the direction is the last iterate. */
  MAX_ITERATIONS(3),
  /** 4: a curvature product or dᵀBd was NaN or infinite; no direction, the step fails. */
  NON_FINITE(4);

  private final int code;

  CgExit(int code) {
    this.code = code;
  }

  /** The telemetry code. */
  public int code() {
    return code;
  }
}
