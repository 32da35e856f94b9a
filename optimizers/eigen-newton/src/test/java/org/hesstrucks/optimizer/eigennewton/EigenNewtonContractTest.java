package org.hesstrucks.optimizer.eigennewton;

import org.hesstrucks.testkit.OptimizerContract;

class EigenNewtonContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "eigen-newton";
  }

  @Override
  protected String expectedVersion() {
    return "0.1.0-SNAPSHOT";
  }
}
