package org.hesstrucks.optimizer.adam;

import org.hesstrucks.testkit.OptimizerContract;

/** The optimizer contract for adam with the paper's defaults (α = 1e-3). */
class AdamContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "adam";
  }

  @Override
  protected String expectedVersion() {
    return "0.1.0-SNAPSHOT";
  }
}
