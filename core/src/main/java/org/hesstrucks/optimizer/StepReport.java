package org.hesstrucks.optimizer;

import org.hesstrucks.linalg.Vectors;

/**
 * What one step did.
 *
 * @param status how the step ended
 * @param value the objective on this step's batch at the start of the step (NaN if not evaluated)
 * @param stepLength the step length α taken along the direction (0 when no step was taken)
 * @param message why, for {@link StepStatus#FAILED} and {@link StepStatus#CONVERGED}; else empty
 */
public record StepReport(StepStatus status, double value, double stepLength, String message) {
  public StepReport {
    message = message == null ? "" : message;
  }

  /** A step taken. */
  public static StepReport taken(double value, double stepLength) {
    return new StepReport(StepStatus.CONTINUE, value, stepLength, "");
  }

  /** A step that could not be taken. */
  public static StepReport failed(double value, String message) {
    return new StepReport(StepStatus.FAILED, value, 0, message);
  }

  /**
   * The failure every optimizer reports when f or ∇f at the start of a step is not finite (θ unchanged), or null
   * when both are finite: {@code "objective is not finite at the current point (f = …[, gradient has non-finite
   * entries])"}.
   */
  public static StepReport ifNotFinite(double value, double[] gradient) {
    boolean gradientFinite = Vectors.allFinite(gradient);
    if (Double.isFinite(value) && gradientFinite) {
      return null;
    }
    return failed(value, "objective is not finite at the current point (f = " + value
        + (gradientFinite ? "" : ", gradient has non-finite entries") + ")");
  }

  /** The method's own verdict that θ is optimal. */
  public static StepReport converged(double value, String message) {
    return new StepReport(StepStatus.CONVERGED, value, 0, message);
  }
}
