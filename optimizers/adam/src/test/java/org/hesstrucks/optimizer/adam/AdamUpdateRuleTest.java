package org.hesstrucks.optimizer.adam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hesstrucks.testkit.DiagonalQuadratic;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepReport;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractStepContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Adam's first steps against values computed independently in 50-digit decimal arithmetic (Python's
 * {@code decimal}) from Kingma &amp; Ba's Algorithm 1, on f(x) = ½(x₁² + 4x₂²) from θ₀ = (1, 1) with α = 0.1,
 * β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
 */
class AdamUpdateRuleTest {
  /** A few ulps of numbers of order 1: the reference is exact to 17 digits, the iterates carry rounding. */
  private static final double ROUNDING = 1e-15;
  /**
   * Relative, for √(1 − β₂ᵗ)/(1 − β₁ᵗ): the binary β₂ is 0.999 to within 6e-17, and 1 − β₂² ≈ 0.002 magnifies
   * that 500-fold, to about 3e-14 after the square root. Inherent in storing 0.999, not in the algorithm.
   */
  private static final double BIAS_CORRECTION_ROUNDING = 1e-13;

  @Test
  @DisplayName("three steps with bias correction: θ₁ ≈ (0.9, 0.9), θ₂ ≈ (0.80041, 0.80041), θ₃ ≈ (0.70159, 0.70159)")
  void firstThreeSteps() {
    // t = 1: g = (1, 4), m = (0.1, 0.4), v = (0.001, 0.016), m̂ = g, v̂ = g², θ₁ = θ₀ − 0.1·g/(|g| + ε)
    // t = 2: g = (0.900000001, 3.600000001), m = (0.1800000001, 0.7200000001), v = (0.001809000002, 0.028944000007)
    // t = 3: g = (0.80041222971, 3.20164891273), m = (0.24204122306, 0.96816489136), v = (0.00244785074, 0.03916561177)
    double[][] expected = {
        {0.90000000099999999, 0.90000000024999999937},
        {0.80041222971233739, 0.80041222818151952},
        {0.70158627450441421, 0.70158627216683720}};
    double[] expectedBiasCorrection = {0.31622776601683793, 0.23531672532745429, 0.20201059743896785};
    DiagonalQuadratic f = new DiagonalQuadratic(1, 4);
    Optimizer adam = ContractPlugins.optimizer("adam", "{\"learningRate\": 0.1}", 2, 1);
    ContractStepContext context = new ContractStepContext(f);
    double[] theta = {1, 1};
    for (int t = 0; t < 3; t++) {
      double[] before = theta.clone();
      StepReport report = adam.step(context, theta);
      assertArrayEquals(expected[t], theta, ROUNDING, "θ after update " + (t + 1));
      assertEquals(f.value(before), report.value(), 0.0, "the report carries f before the step");
      assertEquals(0.1, report.stepLength(), 0.0);
      assertEquals(0.1, context.telemetry().get(Adam.LEARNING_RATE), 0.0);
      assertEquals(expectedBiasCorrection[t], context.telemetry().get(Adam.BIAS_CORRECTION),
          expectedBiasCorrection[t] * BIAS_CORRECTION_ROUNDING,
          "√(1 − β₂ᵗ)/(1 − β₁ᵗ) at t = " + (t + 1));
      assertEquals(Math.hypot(theta[0] - before[0], theta[1] - before[1]), context.telemetry().get(Adam.UPDATE_NORM),
          ROUNDING);
      context.advance();
    }
  }

  @Test
  @DisplayName("bias correction makes the first step move every coordinate by α·|g|/(|g| + ε), whatever g's scale")
  void firstStepIsSignLike() {
    // Without the correction the first step would be α·(1 − β₁)/√(1 − β₂) ≈ 3.16α per coordinate.
    DiagonalQuadratic f = new DiagonalQuadratic(1e-3, 1, 1e3);
    Optimizer adam = ContractPlugins.optimizer("adam", "{}", 3, 1);
    double[] theta = {1, -2, 3};
    adam.step(new ContractStepContext(f), theta);
    double[] g = {1e-3, -2, 3e3};
    double[] expected = new double[3];
    double[] start = {1, -2, 3};
    for (int i = 0; i < 3; i++) {
      expected[i] = start[i] - 1e-3 * g[i] / (Math.abs(g[i]) + 1e-8);
    }
    assertArrayEquals(expected, theta, ROUNDING);
    assertEquals(1 - 1e-3 * 1e-3 / (1e-3 + 1e-8), theta[0], ROUNDING, "a gradient of 1e-3 still moves by ≈ α");
  }

  @Test
  @DisplayName("AdamW: decoupled decay multiplies θ by 1 − αλ: λ = 0.5 gives θ₁ = 0.95·(1, 1) − 0.1·g/(|g| + ε)")
  void decoupledWeightDecay() {
    DiagonalQuadratic f = new DiagonalQuadratic(1, 4);
    Optimizer adamw = ContractPlugins.optimizer("adam", "{\"learningRate\": 0.1, \"weightDecay\": 0.5}", 2, 1);
    double[] theta = {1, 1};
    adamw.step(new ContractStepContext(f), theta);
    // 0.95 − 0.1/(1 + 1e-8) = 0.850000001 − 1e-17…, 0.95 − 0.4/(4 + 1e-8) = 0.85000000025 − …
    assertArrayEquals(new double[] {0.85000000099999999, 0.85000000024999999937}, theta, ROUNDING);
  }

  @Test
  @DisplayName("a step schedule sets α per iteration: 0.1 for k < 2, then 0.01")
  void followsSchedule() {
    DiagonalQuadratic f = new DiagonalQuadratic(1, 4);
    Optimizer adam = ContractPlugins.optimizer("adam",
        "{\"learningRate\": 0.1, \"schedule\": {\"type\": \"step\", \"every\": 2, \"factor\": 0.1}}", 2, 1);
    ContractStepContext context = new ContractStepContext(f);
    double[] theta = {1, 1};
    double[] rates = {0.1, 0.1, 0.1 * 0.1, 0.1 * 0.1, 0.1 * 0.1 * 0.1};
    for (int k = 0; k < rates.length; k++) {
      double[] before = theta.clone();
      StepReport report = adam.step(context, theta);
      assertEquals(rates[k], report.stepLength(), 0.0, "α at iteration " + k);
      assertEquals(rates[k], context.telemetry().get(Adam.LEARNING_RATE), 0.0);
      if (k == 0) {
        assertEquals(0.1, before[0] - theta[0], 1e-9, "the first step moves by ≈ α");
      }
      context.advance();
    }
  }

  @Test
  @DisplayName("updates are invariant to a per-coordinate rescaling of the gradient: λ·2¹⁰ gives the same iterates, bit for bit")
  void invariantToGradientScale() {
    // Kingma & Ba §2.1: the step is invariant to rescaling the gradient. Scaling by a power of two is exact in
    // binary (m by c, v by c², √v̂ by c), so with ε negligible (1e-300) the iterates agree exactly, not nearly.
    String config = "{\"learningRate\": 0.05, \"epsilon\": 1e-300}";
    Optimizer plain = ContractPlugins.optimizer("adam", config, 2, 1);
    Optimizer scaled = ContractPlugins.optimizer("adam", config, 2, 1);
    ContractStepContext plainContext = new ContractStepContext(new DiagonalQuadratic(1, 4));
    ContractStepContext scaledContext = new ContractStepContext(new DiagonalQuadratic(1024, 4.0 / 1024));
    double[] x = {1, -1};
    double[] y = {1, -1};
    for (int k = 0; k < 50; k++) {
      plain.step(plainContext, x);
      scaled.step(scaledContext, y);
      plainContext.advance();
      scaledContext.advance();
      assertArrayEquals(x, y, 0.0, "iterate " + k);
    }
  }
}
