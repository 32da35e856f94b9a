package org.hesstrucks.model.quadratic;

import org.hesstrucks.testkit.ModelContract;

/** The testkit's model contract on a small rotated quadratic (no data). */
class QuadraticContractTest extends ModelContract {
  @Override
  protected String pluginId() {
    return "quadratic";
  }

  @Override
  protected String configJson() {
    return "{\"dimension\": 12, \"conditionNumber\": 50, \"rotation\": \"dense\"}";
  }
}
