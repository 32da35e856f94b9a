package org.hesstrucks.optimizer.eigennewton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.hesstrucks.core.ConfigException;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepReport;
import org.hesstrucks.optimizer.StepStatus;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractStepContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EigenNewtonTest {
  /** The target: ‖g‖ ≤ 1e-8 within 40 iterations. */
  private static final double GRADIENT = 1e-8;
  private static final int ITERATIONS = 40;

  /** n = 1000: 10 eigenvalues log-spaced in [1e3, 1e4], 990 evenly spaced in [1, 2]. */
  static double[] spectrum() {
    double[] lambda = new double[1000];
    for (int i = 0; i < 990; i++) {
      lambda[i] = 1 + i / 989.0;
    }
    for (int i = 0; i < 10; i++) {
      lambda[990 + i] = Math.pow(10, 3 + i / 9.0);
    }
    return lambda;
  }

  @Test
  @DisplayName("n = 1000, 10 eigenvalues in [1e3, 1e4] and 990 in [1, 2], k = 10: ‖g‖ ≤ 1e-8 within 40 iterations")
  void separatedSpectrum() {
    DiagonalQuadratic problem = new DiagonalQuadratic(spectrum(), 3);
    Optimizer optimizer = ContractPlugins.optimizer("eigen-newton", "{\"k\": 10}", 1000, 5);
    double[] theta = new double[1000];
    double[] g = new double[1000];
    ContractStepContext context = new ContractStepContext(problem);
    for (int k = 0; k < ITERATIONS; k++) {
      StepReport report = optimizer.step(context, theta);
      context.advance();
      problem.valueAndGradient(theta, g);
      if (Vectors.norm2(g) <= GRADIENT) {
        assertTrue(k + 1 <= ITERATIONS);
        return;
      }
      assertEquals(StepStatus.CONTINUE, report.status(), report.message());
    }
    fail("after " + ITERATIONS + " iterations ‖g‖ = " + Vectors.norm2(g));
  }

  @Test
  @DisplayName("gradient descent with its best fixed step 1/λ_max on the same problem is still above 1e-8 after 2000 steps")
  void gradientDescentNeedsThousands() {
    double[] lambda = spectrum();
    DiagonalQuadratic problem = new DiagonalQuadratic(lambda, 3);
    double[] theta = new double[1000];
    double[] g = new double[1000];
    for (int k = 0; k < 2000; k++) {
      problem.valueAndGradient(theta, g);
      for (int i = 0; i < 1000; i++) {
        theta[i] -= g[i] / 1e4;
      }
    }
    problem.valueAndGradient(theta, g);
    assertTrue(Vectors.norm2(g) > 1e-2, "‖g‖ = " + Vectors.norm2(g));
  }

  @Test
  @DisplayName("Hessian products: one Lanczos run of m steps per refresh, every T steps (12 steps, T = 5: 3 × m)")
  void productsPerRefresh() {
    DiagonalQuadratic problem = new DiagonalQuadratic(spectrum(), 4);
    Optimizer optimizer =
        ContractPlugins.optimizer("eigen-newton", "{\"k\": 4, \"lanczosSteps\": 17, \"refreshEvery\": 5}", 1000, 5);
    double[] theta = new double[1000];
    ContractStepContext context = new ContractStepContext(problem);
    for (int k = 0; k < 12; k++) {
      optimizer.step(context, theta);
      assertEquals(k % 5 == 0 ? 1.0 : 0.0, context.telemetry().get("eigen.refreshed"), "step " + k);
      context.advance();
    }
    assertEquals(3 * 17, problem.products);
  }

  @Test
  @DisplayName("bad options are refused with exact messages; defaults k = 10, m = 31, T = 5, δ = 1e-8")
  void refused() {
    assertEquals("k: expected a positive integer, got 0",
        assertThrows(ConfigException.class, () -> new EigenNewtonConfig(null, null, 0, null, null, null)).getMessage());
    assertEquals("lanczosSteps: expected a positive integer, got 0",
        assertThrows(ConfigException.class, () -> new EigenNewtonConfig(null, null, 3, 0, null, null)).getMessage());
    assertEquals("lanczosSteps: expected an integer ≥ k + 1 = 4, got 3",
        assertThrows(ConfigException.class, () -> new EigenNewtonConfig(null, null, 3, 3, null, null)).getMessage());
    assertEquals("refreshEvery: expected a positive integer, got 0",
        assertThrows(ConfigException.class, () -> new EigenNewtonConfig(null, null, 3, null, 0, null)).getMessage());
    assertEquals("damping: expected a finite number ≥ 0, got -1",
        assertThrows(ConfigException.class, () -> new EigenNewtonConfig(null, null, 3, null, null, -1.0)).getMessage());
    EigenNewtonConfig defaults = EigenNewtonConfig.defaults();
    assertEquals(10, defaults.k());
    assertEquals(31, defaults.lanczosSteps());
    assertEquals(5, defaults.refreshEvery());
    assertEquals(1e-8, defaults.damping());
  }
}
