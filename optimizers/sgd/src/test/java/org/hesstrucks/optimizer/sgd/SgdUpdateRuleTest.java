package org.hesstrucks.optimizer.sgd;

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
 * The update rules against values worked out by hand on f(x) = ½(x₁² + 4x₂²) (∇f = (x₁, 4x₂)) from θ₀ = (1, 1)
 * with α = 0.1 and, where used, μ = 0.5. The values are short decimals, so only rounding separates them.
 */
class SgdUpdateRuleTest {
  /** A few ulps of numbers of order 1: the hand values are exact decimals, the iterates carry rounding. */
  private static final double ROUNDING = 1e-15;

  private static double[][] run(String config, int steps) {
    DiagonalQuadratic f = new DiagonalQuadratic(1, 4);
    Optimizer optimizer = ContractPlugins.optimizer("sgd", config, 2, 1);
    ContractStepContext context = new ContractStepContext(f);
    double[] theta = {1, 1};
    double[][] iterates = new double[steps][];
    for (int k = 0; k < steps; k++) {
      optimizer.step(context, theta);
      context.advance();
      iterates[k] = theta.clone();
    }
    return iterates;
  }

  @Test
  @DisplayName("plain SGD: θ ← θ − αg gives (0.9, 0.6), (0.81, 0.36), (0.729, 0.216)")
  void plain() {
    double[][] iterates = run("{\"learningRate\": 0.1}", 3);
    assertArrayEquals(new double[] {0.9, 0.6}, iterates[0], ROUNDING);
    assertArrayEquals(new double[] {0.81, 0.36}, iterates[1], ROUNDING);
    assertArrayEquals(new double[] {0.729, 0.216}, iterates[2], ROUNDING);
  }

  @Test
  @DisplayName("heavy ball: v ← μv + g, θ ← θ − αv gives (0.9, 0.6), (0.76, 0.16), (0.614, −0.124)")
  void heavyBall() {
    // g₀ = (1, 4), v₁ = (1, 4), θ₁ = (0.9, 0.6)
    // g₁ = (0.9, 2.4), v₂ = (0.5, 2) + g₁ = (1.4, 4.4), θ₂ = (0.76, 0.16)
    // g₂ = (0.76, 0.64), v₃ = (0.7, 2.2) + g₂ = (1.46, 2.84), θ₃ = (0.614, −0.124)
    double[][] iterates = run("{\"learningRate\": 0.1, \"momentum\": 0.5}", 3);
    assertArrayEquals(new double[] {0.9, 0.6}, iterates[0], ROUNDING);
    assertArrayEquals(new double[] {0.76, 0.16}, iterates[1], ROUNDING);
    assertArrayEquals(new double[] {0.614, -0.124}, iterates[2], ROUNDING);
  }

  @Test
  @DisplayName("heavy ball equals Polyak's form θ₊ = θ − αg + μ(θ − θ₋) for a constant rate")
  void heavyBallIsPolyak() {
    double[][] iterates = run("{\"learningRate\": 0.1, \"momentum\": 0.5}", 10);
    double[] previous = {1, 1};
    double[] current = iterates[0];
    for (int k = 1; k < iterates.length; k++) {
      double[] polyak = {
          current[0] - 0.1 * current[0] + 0.5 * (current[0] - previous[0]),
          current[1] - 0.1 * 4 * current[1] + 0.5 * (current[1] - previous[1])};
      assertArrayEquals(polyak, iterates[k], ROUNDING, "iterate " + k);
      previous = current;
      current = iterates[k];
    }
  }

  @Test
  @DisplayName("Nesterov: v ← μv + g, θ ← θ − α(g + μv) gives (0.85, 0.4), (0.6975, 0.06), (0.559125, −0.066)")
  void nesterov() {
    // g₀ = (1, 4), v₁ = (1, 4), g₀ + μv₁ = (1.5, 6), θ₁ = (0.85, 0.4)
    // g₁ = (0.85, 1.6), v₂ = (0.5, 2) + g₁ = (1.35, 3.6), g₁ + μv₂ = (1.525, 3.4), θ₂ = (0.6975, 0.06)
    // g₂ = (0.6975, 0.24), v₃ = (0.675, 1.8) + g₂ = (1.3725, 2.04), g₂ + μv₃ = (1.38375, 1.26),
    // θ₃ = (0.559125, −0.066)
    double[][] iterates = run("{\"learningRate\": 0.1, \"momentum\": 0.5, \"nesterov\": true}", 3);
    assertArrayEquals(new double[] {0.85, 0.4}, iterates[0], ROUNDING);
    assertArrayEquals(new double[] {0.6975, 0.06}, iterates[1], ROUNDING);
    assertArrayEquals(new double[] {0.559125, -0.066}, iterates[2], ROUNDING);
  }

  @Test
  @DisplayName("Nesterov's iterates are the look-ahead points y = x + μ(x − x₋) of the classical form x₊ = y − α∇f(y)")
  void nesterovIsLookAheadOfClassicalForm() {
    double[][] iterates = run("{\"learningRate\": 0.1, \"momentum\": 0.5, \"nesterov\": true}", 10);
    // Classical Nesterov (Sutskever et al. 2013, eq. 3-4 with a constant μ): x₀ = θ₀, x₋₁ = x₀,
    // y_k = x_k + μ(x_k − x_{k−1}), x_{k+1} = y_k − α∇f(y_k). Our θ_k corresponds to y_k and θ₀ = y₀ = x₀; the
    // classical x₁ = x₀ − α∇f(x₀) and y₁ = x₁ + μ(x₁ − x₀) and so on.
    double[] x = {1, 1};
    double[] xPrevious = {1, 1};
    double[] y = {1, 1};
    for (int k = 0; k < iterates.length; k++) {
      double[] xNext = {y[0] - 0.1 * y[0], y[1] - 0.1 * 4 * y[1]};
      xPrevious = x;
      x = xNext;
      y = new double[] {x[0] + 0.5 * (x[0] - xPrevious[0]), x[1] + 0.5 * (x[1] - xPrevious[1])};
      assertArrayEquals(y, iterates[k], ROUNDING, "iterate " + k);
    }
  }

  @Test
  @DisplayName("weight decay adds λθ to the gradient: λ = 0.5 gives θ₁ = (1, 1) − 0.1·(1.5, 4.5) = (0.85, 0.55)")
  void weightDecay() {
    double[][] iterates = run("{\"learningRate\": 0.1, \"weightDecay\": 0.5}", 2);
    assertArrayEquals(new double[] {0.85, 0.55}, iterates[0], ROUNDING);
    // g₁ + λθ₁ = (0.85 + 0.425, 2.2 + 0.275) = (1.275, 2.475), θ₂ = (0.7225, 0.3025)
    assertArrayEquals(new double[] {0.7225, 0.3025}, iterates[1], ROUNDING);
  }

  @Test
  @DisplayName("the report carries the batch loss before the step (without the decay term) and α as the step length")
  void reportCarriesLossAndRate() {
    DiagonalQuadratic f = new DiagonalQuadratic(1, 4);
    Optimizer optimizer = ContractPlugins.optimizer("sgd", "{\"learningRate\": 0.1, \"weightDecay\": 0.5}", 2, 1);
    ContractStepContext context = new ContractStepContext(f);
    double[] theta = {1, 1};
    StepReport first = optimizer.step(context, theta);
    assertEquals(2.5, first.value(), 0.0, "f(1, 1) = ½(1 + 4)");
    assertEquals(0.1, first.stepLength(), 0.0);
    assertEquals(0.1, context.telemetry().get(StochasticGradientDescent.LEARNING_RATE), 0.0);
    context.advance();
    StepReport second = optimizer.step(context, theta);
    assertEquals(0.5 * (0.85 * 0.85 + 4 * 0.55 * 0.55), second.value(), ROUNDING);
  }
}
