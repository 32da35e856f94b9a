package org.hesstrucks.optimizer.sgd;

import org.hesstrucks.testkit.OptimizerContract;

/**
 * The optimizer contract for sgd with heavy-ball momentum at Polyak's optimal parameters for eigenvalues in [1, 10]:
 * α = 4/(√10 + 1)² = 0.2308861570, μ = ((√10 − 1)/(√10 + 1))² = 0.2698738636.
 */
class HeavyBallContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "sgd";
  }

  @Override
  protected String configJson() {
    return "{\"learningRate\": 0.2308861570, \"momentum\": 0.2698738636}";
  }
}
