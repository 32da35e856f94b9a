package org.hesstrucks.testkit;

import org.hesstrucks.dataset.Dataset;

/** The model contract on a sound model on data: every check passes. */
class ContractSoftmaxContractTest extends ModelContract {
  @Override
  protected String pluginId() {
    return "contract-softmax";
  }

  @Override
  protected String configJson() {
    return "{}";
  }

  @Override
  protected String expectedVersion() {
    return "0.0.1-test";
  }

  @Override
  protected Dataset dataset() {
    return ContractData.classification(30, 3, 3, 1);
  }
}
