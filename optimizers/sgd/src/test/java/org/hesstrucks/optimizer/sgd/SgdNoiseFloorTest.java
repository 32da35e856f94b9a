package org.hesstrucks.optimizer.sgd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractStepContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The stochastic regime in closed form: on f(x) = ½λx² with gradients g = λx + σξ (ξ standard normal, a fresh
 * draw each step, as a mini-batch gives), SGD does not converge but fluctuates around 0 with a stationary
 * variance fixed by α, μ, λ and σ. Heavy ball is the AR(2) process x₊ = (1 + μ − αλ)x − μx₋ − ασξ, whose variance
 * is
 *
 * <pre>
 *   E[x²] = α σ² (1 + μ) / (λ (1 − μ) (2(1 + μ) − αλ)),
 * </pre>
 *
 * reducing to α σ² / (λ (2 − αλ)) for plain SGD. This is the noise floor a step-decay schedule is there to lower.
 */
class SgdNoiseFloorTest {
  private static final double LAMBDA = 1;
  private static final double SIGMA = 1;
  private static final int BURN_IN = 1_000;
  private static final int SAMPLES = 400_000;
  /**
   * Relative. The time average of x² over 400,000 steps of correlation a = 0.9 (plain SGD, α = 0.1) has a
   * standard error of √(2(1 + a²)/((1 − a²)N)) ≈ 0.5%, about 1% with momentum or over 1,000,000 steps with
   * a = 0.99; 4% is four or more standard errors (8% where only 99,000 samples are taken), while a wrong α, μ or
   * sign of the momentum term moves the floor by far more (μ = 0.5 doubles it).
   */
  private static final double STATISTICAL_TOLERANCE = 0.04;

  /** ½λx² with a noisy gradient; the noise is seeded, so each run is the same. */
  private static final class NoisyQuadratic implements Objective {
    private final Random random = new Random(11);

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public double value(double[] x) {
      return 0.5 * LAMBDA * x[0] * x[0];
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
      g[0] = LAMBDA * x[0] + SIGMA * random.nextGaussian();
      return value(x);
    }
  }

  private static double meanSquare(String config, int burnIn, int samples) {
    Optimizer optimizer = ContractPlugins.optimizer("sgd", config, 1, 1);
    ContractStepContext context = new ContractStepContext(new NoisyQuadratic());
    double[] theta = {0};
    double sum = 0;
    for (int k = 0; k < burnIn + samples; k++) {
      optimizer.step(context, theta);
      context.advance();
      if (k >= burnIn) {
        sum += theta[0] * theta[0];
      }
    }
    return sum / samples;
  }

  private static double floor(double alpha, double mu) {
    return alpha * SIGMA * SIGMA * (1 + mu) / (LAMBDA * (1 - mu) * (2 * (1 + mu) - alpha * LAMBDA));
  }

  @Test
  @DisplayName("plain SGD with α = 0.1 settles at E[x²] = ασ²/(λ(2 − αλ)) = 0.0526")
  void plainFloor() {
    double expected = floor(0.1, 0);
    assertEquals(expected, meanSquare("{\"learningRate\": 0.1}", BURN_IN, SAMPLES), expected * STATISTICAL_TOLERANCE);
  }

  @Test
  @DisplayName("heavy ball with α = 0.1, μ = 0.5 settles at the AR(2) variance 0.1034, twice plain SGD's")
  void heavyBallFloor() {
    double expected = floor(0.1, 0.5);
    assertEquals(expected, meanSquare("{\"learningRate\": 0.1, \"momentum\": 0.5}", BURN_IN, SAMPLES),
        expected * STATISTICAL_TOLERANCE);
  }

  @Test
  @DisplayName("a step decay of α = 0.1 by 0.1 after 1,000,000 steps moves the floor from 0.0526 to α = 0.01's 0.00503")
  void stepDecayLowersFloor() {
    Optimizer optimizer = ContractPlugins.optimizer("sgd", "{\"learningRate\": 0.1, \"schedule\": "
        + "{\"type\": \"step\", \"every\": 1000000, \"factor\": 0.1}}", 1, 1);
    ContractStepContext context = new ContractStepContext(new NoisyQuadratic());
    double[] theta = {0};
    double before = 0;
    double after = 0;
    // Window 1: [1,000, 100,000) at α = 0.1. Window 2: [1,003,000, 2,000,000) at α = 0.01, after a transition
    // of 3,000 steps (0.99^3000 ≈ 8e-14) and before the next drop; its correlation time is ten times longer,
    // hence ten times more samples.
    for (int k = 0; k < 2_000_000; k++) {
      optimizer.step(context, theta);
      context.advance();
      if (k >= 1_000 && k < 100_000) {
        before += theta[0] * theta[0];
      } else if (k >= 1_003_000) {
        after += theta[0] * theta[0];
      }
    }
    before /= 99_000;
    after /= 997_000;
    assertEquals(floor(0.1, 0), before, floor(0.1, 0) * 2 * STATISTICAL_TOLERANCE, "before the decay");
    assertEquals(floor(0.01, 0), after, floor(0.01, 0) * STATISTICAL_TOLERANCE, "after the decay");
  }
}
