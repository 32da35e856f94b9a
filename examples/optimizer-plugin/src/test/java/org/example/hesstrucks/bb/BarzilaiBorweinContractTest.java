package org.example.hesstrucks.bb;

import org.hesstrucks.testkit.OptimizerContract;

/** The testkit's contract: found under its id, converges, fails cleanly on NaN, deterministic. */
class BarzilaiBorweinContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "barzilai-borwein";
  }

  @Override
  protected String expectedVersion() {
    return "1.0.0";
  }
}
