package org.hesstrucks.result;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a cell ended. */
public enum CellStatus {
  /** A stopping criterion was met (gradient norm, target loss), or the optimizer declared convergence. */
  CONVERGED,
  /** A budget (iterations, epochs, gradient-equivalents, seconds) ran out first. */
  BUDGET,
  /** The loss became NaN, infinite, or grew beyond the divergence factor. */
  DIVERGED,
  /** The cell's wall-clock limit was reached. */
  TIMEOUT,
  /** The optimizer reported that it could not take a step (a failed line search, a non-finite gradient). */
  FAILED,
  /** A plugin threw, or the cell could not be set up; the message says what. */
  ERROR;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
