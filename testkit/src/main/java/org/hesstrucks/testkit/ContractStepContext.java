package org.hesstrucks.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hesstrucks.cost.CostCounter;
import org.hesstrucks.cost.CountingObjective;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.StepContext;

/** A {@link StepContext} over one objective, counting evaluations and keeping the last step's telemetry. */
public final class ContractStepContext implements StepContext {
  private final CountingObjective objective;
  private final Map<String, Double> telemetry = new LinkedHashMap<>();
  private long iteration;

  public ContractStepContext(Objective objective) {
    this.objective = new CountingObjective(objective, new CostCounter());
  }

  @Override
  public Objective objective() {
    return objective;
  }

  @Override
  public long iteration() {
    return iteration;
  }

  /** Moves to the next iteration and clears the telemetry. */
  public void advance() {
    iteration++;
    telemetry.clear();
  }

  @Override
  public void telemetry(String name, double value) {
    telemetry.put(name, value);
  }

  /** What the optimizer recorded in the current step. */
  public Map<String, Double> telemetry() {
    return telemetry;
  }

  public CostCounter counter() {
    return objective.counter();
  }
}
