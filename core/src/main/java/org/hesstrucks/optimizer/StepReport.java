package org.hesstrucks.optimizer;

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

  /** The method's own verdict that θ is optimal. */
  public static StepReport converged(double value, String message) {
    return new StepReport(StepStatus.CONVERGED, value, 0, message);
  }
}
