package org.hesstrucks.optimizer;

/** How a step ended. */
public enum StepStatus {
  /** The step was taken; the run goes on. */
  CONTINUE,
  /** The method decided it cannot improve further (for example, a zero gradient). θ is its answer. */
  CONVERGED,
  /** The step could not be taken; θ is unchanged or no worse. The harness ends the run as failed. */
  FAILED
}
