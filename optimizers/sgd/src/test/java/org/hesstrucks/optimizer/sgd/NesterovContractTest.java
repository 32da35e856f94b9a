package org.hesstrucks.optimizer.sgd;

import org.hesstrucks.testkit.OptimizerContract;

/** The optimizer contract for sgd with Nesterov momentum, α = 1/L = 0.1 and μ = (√10 − 1)/(√10 + 1) = 0.5194938533. */
class NesterovContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "sgd";
  }

  @Override
  protected String configJson() {
    return "{\"learningRate\": 0.1, \"momentum\": 0.5194938533, \"nesterov\": true}";
  }
}
