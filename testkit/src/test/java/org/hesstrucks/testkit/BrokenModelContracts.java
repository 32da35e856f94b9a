package org.hesstrucks.testkit;

import org.hesstrucks.dataset.Dataset;

/**
 * Contract classes on broken models, run only by {@link ModelContractCatchesBrokenPluginsTest} (their names do not
 * end in Test, so Surefire leaves them alone).
 */
final class BrokenModelContracts {
  private BrokenModelContracts() {}

  /** A contract on {@code contract-softmax} with {@code defect}. */
  abstract static class Defective extends ModelContract {
    @Override
    protected String pluginId() {
      return "contract-softmax";
    }

    @Override
    protected Dataset dataset() {
      return ContractData.classification(30, 3, 3, 1);
    }
  }

  static class SampleCount extends Defective {
    @Override
    protected String configJson() {
      return "{\"defect\": \"sample-count\"}";
    }
  }

  static class Summed extends Defective {
    @Override
    protected String configJson() {
      return "{\"defect\": \"sum\"}";
    }
  }

  static class Predictions extends Defective {
    @Override
    protected String configJson() {
      return "{\"defect\": \"predictions\"}";
    }
  }

  /** The sound model, but the contract test forgot the dataset. */
  static class NoDataset extends ModelContract {
    @Override
    protected String pluginId() {
      return "contract-softmax";
    }

    @Override
    protected String configJson() {
      return "{}";
    }
  }
}
