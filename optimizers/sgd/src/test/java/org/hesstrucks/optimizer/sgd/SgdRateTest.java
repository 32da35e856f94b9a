package org.hesstrucks.optimizer.sgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hesstrucks.testkit.DiagonalQuadratic;
import java.util.Random;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractQuadratic;
import org.hesstrucks.testkit.ContractStepContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Linear rates against their closed forms on quadratics with eigenvalues in [μ, L] = [1, 10] (κ = 10).
 *
 * <p>The measured rate is the geometric mean contraction (‖θ_{b}‖ / ‖θ_{a}‖)^{1/(b − a)} on f = ½ Σ λᵢ xᵢ² (minimizer
 * 0, so the iterates keep full relative precision down to 1e-100 and below).
 */
class SgdRateTest {
  private static final double KAPPA = 10;
  private static final double SQRT_KAPPA = Math.sqrt(KAPPA);
  /** Polyak's optimal heavy-ball parameters for [1, 10]: α = 4/(√L + √μ)², μ = ((√κ − 1)/(√κ + 1))². */
  private static final double HEAVY_BALL_RATE = 4 / Math.pow(SQRT_KAPPA + 1, 2);
  private static final double HEAVY_BALL_MOMENTUM = Math.pow((SQRT_KAPPA - 1) / (SQRT_KAPPA + 1), 2);
  private static final int WINDOW_START = 200;
  private static final int WINDOW_END = 400;
  /**
   * At the optimal parameters the extreme eigenvalues give a double root ρ, whose component decays like k·ρᵏ: over
   * the window [a, b] the measured contraction is ρ·(b/a)^{1/(b − a)} = ρ·2^{1/200} ≈ 1.0035ρ.
   */
  private static final double DOUBLE_ROOT_FACTOR =
      Math.pow((double) WINDOW_END / WINDOW_START, 1.0 / (WINDOW_END - WINDOW_START));
  /**
   * Relative. What is left once the double-root factor is accounted for: the faster components and the bounded
   * oscillation of complex roots (measured: under 5e-5).
   */
  private static final double RATE_TOLERANCE = 1e-3;

  private static double measuredContraction(String config) {
    DiagonalQuadratic f = DiagonalQuadratic.logSpaced(20, KAPPA);
    Optimizer optimizer = ContractPlugins.optimizer("sgd", config, 20, 1);
    ContractStepContext context = new ContractStepContext(f);
    double[] theta = new double[20];
    Random random = new Random(3);
    for (int i = 0; i < theta.length; i++) {
      theta[i] = random.nextGaussian();
    }
    double start = Double.NaN;
    for (int k = 1; k <= WINDOW_END; k++) {
      optimizer.step(context, theta);
      context.advance();
      if (k == WINDOW_START) {
        start = Vectors.norm2(theta);
      }
    }
    double end = Vectors.norm2(theta);
    assertTrue(end > 0 && Double.isFinite(end), "iterate underflowed or diverged: ‖θ‖ = " + end);
    return Math.pow(end / start, 1.0 / (WINDOW_END - WINDOW_START));
  }

  @Test
  @DisplayName("plain SGD with α = 0.15 contracts by max|1 − αλ| = 0.85 per step")
  void plainRate() {
    double measured = measuredContraction("{\"learningRate\": 0.15}");
    assertEquals(0.85, measured, 0.85 * RATE_TOLERANCE);
  }

  @Test
  @DisplayName("heavy ball with Polyak's optimal parameters contracts by (√κ − 1)/(√κ + 1) ≈ 0.5195 per step (measured: 0.5213 = 0.5195·2^{1/200})")
  void heavyBallOptimalRate() {
    double expected = (SQRT_KAPPA - 1) / (SQRT_KAPPA + 1) * DOUBLE_ROOT_FACTOR;
    double measured = measuredContraction(
        "{\"learningRate\": " + HEAVY_BALL_RATE + ", \"momentum\": " + HEAVY_BALL_MOMENTUM + "}");
    assertEquals(expected, measured, expected * RATE_TOLERANCE, "measured " + measured);
  }

  @Test
  @DisplayName("Nesterov with α = 1/L, μ = (√κ − 1)/(√κ + 1) contracts by 1 − 1/√κ ≈ 0.6838 per step")
  void nesterovRate() {
    double expected = (1 - 1 / SQRT_KAPPA) * DOUBLE_ROOT_FACTOR; // critically damped at λ = μ: a double root
    double measured = measuredContraction("{\"learningRate\": 0.1, \"momentum\": "
        + (SQRT_KAPPA - 1) / (SQRT_KAPPA + 1) + ", \"nesterov\": true}");
    assertEquals(expected, measured, expected * RATE_TOLERANCE, "measured " + measured);
  }

  private static int iterationsToContractTolerance(String config) {
    Objective f = new ContractQuadratic(50, KAPPA, 20191101L);
    Optimizer optimizer = ContractPlugins.optimizer("sgd", config, 50, 1);
    ContractStepContext context = new ContractStepContext(f);
    double[] theta = new double[50];
    Random random = new Random(7);
    for (int i = 0; i < theta.length; i++) {
      theta[i] = random.nextGaussian();
    }
    double[] g = new double[50];
    f.valueAndGradient(theta, g);
    double g0 = Vectors.norm2(g);
    for (int k = 1; k <= 10_000; k++) {
      optimizer.step(context, theta);
      context.advance();
      f.valueAndGradient(theta, g);
      if (Vectors.norm2(g) <= 1e-6 * g0) {
        return k;
      }
    }
    return Integer.MAX_VALUE;
  }

  @Test
  @DisplayName("on the contract quadratic: plain α = 0.15 within ⌈ln 1e6 / −ln 0.85⌉ = 86 steps, heavy ball in under half")
  void iterationCounts() {
    int plain = iterationsToContractTolerance("{\"learningRate\": 0.15}");
    int heavyBall = iterationsToContractTolerance(
        "{\"learningRate\": " + HEAVY_BALL_RATE + ", \"momentum\": " + HEAVY_BALL_MOMENTUM + "}");
    int nesterov = iterationsToContractTolerance("{\"learningRate\": 0.1, \"momentum\": "
        + (SQRT_KAPPA - 1) / (SQRT_KAPPA + 1) + ", \"nesterov\": true}");
    int defaults = iterationsToContractTolerance("{}");
    assertTrue(plain <= 86, "plain SGD took " + plain);
    assertTrue(defaults <= new SgdPlugin().iterationBoundOnWellConditionedQuadratic(), "defaults took " + defaults);
    // ρ = 0.5195 needs ln 1e6 / −ln ρ ≈ 21 steps asymptotically; the double roots at λ = 1 and 10 add a factor k.
    assertTrue(heavyBall <= plain / 2, "heavy ball took " + heavyBall + ", plain " + plain);
    assertTrue(nesterov < plain, "Nesterov took " + nesterov + ", plain " + plain);
  }
}
