package org.hesstrucks.optimizer.lbfgs;

import org.hesstrucks.testkit.OptimizerContract;

class LbfgsContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "lbfgs";
  }

  @Override
  protected String expectedVersion() {
    return "0.1.0-SNAPSHOT";
  }
}
