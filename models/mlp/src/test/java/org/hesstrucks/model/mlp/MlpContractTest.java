package org.hesstrucks.model.mlp;

import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.testkit.ContractData;
import org.hesstrucks.testkit.ModelContract;

/**
 * The testkit's model contract on a small MLP with weight decay: the contract's own checks (batch means, sample
 * counts, held-out predictions) beside this module's finer ones.
 */
class MlpContractTest extends ModelContract {
  @Override
  protected String pluginId() {
    return "mlp";
  }

  @Override
  protected String configJson() {
    return "{\"depth\": 2, \"width\": 5, \"activation\": \"softplus\", \"weightDecay\": 0.01, \"kernels\": \"java\"}";
  }

  @Override
  protected Dataset dataset() {
    return ContractData.classification(24, 4, 3, 2);
  }
}
