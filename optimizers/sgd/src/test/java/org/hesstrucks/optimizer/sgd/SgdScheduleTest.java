package org.hesstrucks.optimizer.sgd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hesstrucks.testkit.DiagonalQuadratic;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepReport;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractStepContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SGD follows the shared learning-rate schedule (core's LearningRateSchedule). */
class SgdScheduleTest {
  @Test
  @DisplayName("SGD with step decay every 3 by 0.5 uses α = 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, … and moves by it")
  void sgdFollowsTheSchedule() {
    // f(x) = ½x², so θ_{k+1} = (1 − α_k)θ_k and the rate of each step can be read off the iterates too.
    DiagonalQuadratic f = new DiagonalQuadratic(1);
    Optimizer optimizer = ContractPlugins.optimizer("sgd",
        "{\"learningRate\": 0.1, \"schedule\": {\"type\": \"step\", \"every\": 3, \"factor\": 0.5}}", 1, 1);
    ContractStepContext context = new ContractStepContext(f);
    double[] expectedRates = {0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.0125};
    double[] theta = {1};
    double expectedTheta = 1;
    for (int k = 0; k < expectedRates.length; k++) {
      StepReport report = optimizer.step(context, theta);
      assertEquals(expectedRates[k], report.stepLength(), 0.0, "step length at iteration " + k);
      assertEquals(expectedRates[k], context.telemetry().get(StochasticGradientDescent.LEARNING_RATE), 0.0,
          "lr telemetry at iteration " + k);
      expectedTheta *= 1 - expectedRates[k];
      assertEquals(expectedTheta, theta[0], 1e-16, "θ after iteration " + k);
      context.advance();
    }
  }

  @Test
  @DisplayName("the schedule follows the harness's iteration number, not the optimizer's own count of steps")
  void scheduleFollowsContextIteration() {
    DiagonalQuadratic f = new DiagonalQuadratic(1);
    Optimizer optimizer = ContractPlugins.optimizer("sgd",
        "{\"learningRate\": 0.1, \"schedule\": {\"type\": \"step\", \"every\": 3, \"factor\": 0.5}}", 1, 1);
    ContractStepContext context = new ContractStepContext(f);
    for (int k = 0; k < 7; k++) {
      context.advance();
    }
    StepReport report = optimizer.step(context, new double[] {1});
    assertEquals(0.025, report.stepLength(), 0.0, "the first step, taken at iteration 7, uses 0.1·0.5²");
  }
}
