package org.hesstrucks.optimizer.gd;

import org.hesstrucks.testkit.OptimizerContract;

/** The contract with the accept-last failure policy and the strong-Wolfe search. */
class GradientDescentAcceptLastContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "gd";
  }

  @Override
  protected String configJson() {
    return "{\"onLineSearchFailure\": \"accept-last\", \"lineSearch\": {\"id\": \"strong-wolfe\"}}";
  }
}
