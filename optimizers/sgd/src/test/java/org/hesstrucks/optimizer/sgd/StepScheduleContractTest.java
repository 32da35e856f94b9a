package org.hesstrucks.optimizer.sgd;

import org.hesstrucks.testkit.OptimizerContract;

/** The optimizer contract for sgd with α = 0.15 halved every 40 iterations. */
class StepScheduleContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "sgd";
  }

  @Override
  protected String configJson() {
    return "{\"learningRate\": 0.15, \"schedule\": {\"type\": \"step\", \"every\": 40, \"factor\": 0.5}}";
  }
}
