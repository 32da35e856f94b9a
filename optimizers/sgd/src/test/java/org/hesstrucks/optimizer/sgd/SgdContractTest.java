package org.hesstrucks.optimizer.sgd;

import org.hesstrucks.testkit.OptimizerContract;

/** The optimizer contract for sgd with defaults: α = 0.01, no momentum. */
class SgdContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "sgd";
  }

  @Override
  protected String expectedVersion() {
    return "0.1.0-SNAPSHOT";
  }
}
