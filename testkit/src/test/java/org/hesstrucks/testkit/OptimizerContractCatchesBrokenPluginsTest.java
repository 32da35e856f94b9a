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

class OptimizerContractCatchesBrokenPluginsTest {
  private static void runs(String method, org.assertj.core.api.Condition<org.junit.platform.testkit.engine.Event> outcome) {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectMethod(BrokenOptimizerContract.class, method))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test(method), outcome));
  }

  @Test
  @DisplayName("an optimizer that lets NaN into θ fails the NaN contract")
  void nanContractFails() {
    runs("failsCleanlyOnNanObjective", finishedWithFailure(message(m -> m.contains("status on a NaN objective"))));
  }

  @Test
  @DisplayName("an optimizer too slow for its declared bound fails the convergence contract")
  void convergenceContractFails() {
    runs("convergesOnWellConditionedQuadratic",
        finishedWithFailure(message(m -> m.startsWith("after the declared bound of 1000 iterations"))));
  }

  @Test
  @DisplayName("a deterministic plugin passes the determinism contract, even when broken otherwise")
  void determinismContractPasses() {
    runs("isDeterministic", finishedSuccessfully());
  }
}
