package org.hesstrucks.optimizer.sgd;

import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.StepContext;

/** A step context that records no telemetry and allocates nothing, for allocation measurements. */
final class FixedStepContext implements StepContext {
  private final Objective objective;
  private long iteration;

  FixedStepContext(Objective objective) {
    this.objective = objective;
  }

  @Override
  public Objective objective() {
    return objective;
  }

  @Override
  public long iteration() {
    return iteration;
  }

  void advance() {
    iteration++;
  }

  @Override
  public void telemetry(String name, double value) {}
}
