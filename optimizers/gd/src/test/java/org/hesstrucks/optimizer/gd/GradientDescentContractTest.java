package org.hesstrucks.optimizer.gd;

import org.hesstrucks.testkit.OptimizerContract;

class GradientDescentContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "gd";
  }

  @Override
  protected String expectedVersion() {
    return "0.1.0-SNAPSHOT";
  }
}
