package org.hesstrucks.testkit;

/** The contract pointed at the broken fixture; run only through the engine test kit, never by Surefire. */
class BrokenOptimizerContract extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "broken";
  }
}
