package org.hesstrucks.optimizer.newtoncg;

import org.hesstrucks.testkit.OptimizerContract;

class NewtonCgContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "newton-cg";
  }

  @Override
  protected String expectedVersion() {
    return "0.1.0-SNAPSHOT";
  }
}
