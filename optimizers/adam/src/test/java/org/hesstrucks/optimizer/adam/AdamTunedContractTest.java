package org.hesstrucks.optimizer.adam;

import org.hesstrucks.testkit.OptimizerContract;

/** The optimizer contract for adam with α = 0.1 (253 steps on the contract problem) and a step decay after 200. */
class AdamTunedContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "adam";
  }

  @Override
  protected String configJson() {
    return "{\"learningRate\": 0.1, \"schedule\": {\"type\": \"step\", \"every\": 200, \"factor\": 0.5}}";
  }
}
