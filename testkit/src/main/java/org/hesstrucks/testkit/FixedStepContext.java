package org.hesstrucks.testkit;

import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.StepContext;

/** A step context that records no telemetry and allocates nothing, for allocation measurements. */
public final class FixedStepContext implements StepContext {
  private final Objective objective;
  private long iteration;

  public FixedStepContext(Objective objective) {
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

  public void advance() {
    iteration++;
  }

  @Override
  public void telemetry(String name, double value) {}
}
