package org.hesstrucks.optimizer.newtoncg;

import org.hesstrucks.testkit.OptimizerContract;

/** The contract with Levenberg–Marquardt damping, forward-difference curvature and strong Wolfe. */
class NewtonCgDampedContractTest extends OptimizerContract {
  @Override
  protected String pluginId() {
    return "newton-cg";
  }

  @Override
  protected String configJson() {
    return "{\"damping\": \"levenberg-marquardt\", \"curvature\": \"forward-difference\","
        + " \"lineSearch\": {\"id\": \"strong-wolfe\"}}";
  }
}
