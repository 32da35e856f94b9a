package org.hesstrucks.optimizer.gd;

import org.hesstrucks.testkit.OptimizerContract;

class GradientDescentWarmStartContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "gd";
  }

  @Override
  protected String configJson() {
    return "{\"warmStartGrowth\": 2.0, \"lineSearch\": {\"id\": \"backtracking\", \"shrink\": 0.3}}";
  }
}
