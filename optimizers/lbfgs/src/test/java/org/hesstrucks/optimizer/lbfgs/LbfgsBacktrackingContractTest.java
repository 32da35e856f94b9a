package org.hesstrucks.optimizer.lbfgs;

import org.hesstrucks.testkit.OptimizerContract;

/** The contract with the draft's backtracking Armijo search and a small memory. */
class LbfgsBacktrackingContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "lbfgs";
  }

  @Override
  protected String configJson() {
    return "{\"memory\": 5, \"lineSearch\": {\"id\": \"backtracking\"}}";
  }
}
