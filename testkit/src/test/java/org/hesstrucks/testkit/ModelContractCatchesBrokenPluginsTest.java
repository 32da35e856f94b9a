package org.hesstrucks.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The model contract fails a model that breaks one of its promises, naming what broke, and passes the rest. */
class ModelContractCatchesBrokenPluginsTest {
  private static void runs(Class<?> contract, String method,
      org.assertj.core.api.Condition<org.junit.platform.testkit.engine.Event> outcome) {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectMethod(contract, method))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test(method), outcome));
  }

  @Test
  @DisplayName("an objective that keeps the default sampleCount() of 1 fails the sample-count check")
  void sampleCount() {
    runs(BrokenModelContracts.SampleCount.class, "sampleCountIsTheBatchSize",
        finishedWithFailure(message(m -> m.startsWith("sampleCount() of the full batch ==> expected: <30> but was: <1>"))));
    runs(BrokenModelContracts.SampleCount.class, "gradientMatchesFiniteDifferences", finishedSuccessfully());
  }

  @Test
  @DisplayName("a loss summed over the batch fails the batch-mean check, and only that")
  void summedLoss() {
    runs(BrokenModelContracts.Summed.class, "lossIsTheMeanOverTheBatch",
        finishedWithFailure(message(m -> m.startsWith("the full-batch loss against (15 · f(first half) + 15 · "
            + "f(second half)) / 30: a loss summed over the batch"))));
    runs(BrokenModelContracts.Summed.class, "curvatureMatchesFiniteDifferences", finishedSuccessfully());
    runs(BrokenModelContracts.Summed.class, "sampleCountIsTheBatchSize", finishedSuccessfully());
  }

  @Test
  @DisplayName("held-out predictions scored unlike heldOutMetrics fail the held-out check")
  void predictions() {
    runs(BrokenModelContracts.Predictions.class, "heldOutPredictionsScoreLikeMetrics",
        finishedWithFailure(message(m -> m.startsWith("loss ==> expected:"))));
  }

  @Test
  @DisplayName("a contract test on a model that requires data, without a dataset, says how to give it one")
  void noDataset() {
    runs(BrokenModelContracts.NoDataset.class, "gradientMatchesFiniteDifferences",
        finishedWithFailure(message("model 'contract-softmax' requires a dataset: override dataset() in this "
            + "contract test to give it a small one, e.g. ContractData.classification(40, 3, 3, 1)")));
  }
}
