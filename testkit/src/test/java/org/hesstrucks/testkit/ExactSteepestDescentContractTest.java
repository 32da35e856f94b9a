package org.hesstrucks.testkit;

/** A correct optimizer passes every contract check. */
class ExactSteepestDescentContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "exact-steepest-descent";
  }

  @Override
  protected String expectedVersion() {
    return "0.0.1-test";
  }
}
