package org.hesstrucks.analysis.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hesstrucks.analysis.CountingOperator;
import org.hesstrucks.analysis.TestOperators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpectralDensityTest {
  /** The bar for the cumulative distribution. */
  private static final double KOLMOGOROV = 0.05;
  /** The erfc approximation is good to 1.2e-7 relative; Φ(1.959964) itself is 0.975 to 1e-7. */
  private static final double ERFC = 2e-7;

  /** n = 600: a bulk in [0, 1] (400), a cluster near 3 (150) and 50 outliers in [5, 20]. */
  static double[] spectrum() {
    double[] lambda = new double[600];
    for (int i = 0; i < 400; i++) {
      lambda[i] = i / 399.0;
    }
    for (int i = 0; i < 150; i++) {
      lambda[400 + i] = 3 + 0.1 * Math.sin(i);
    }
    for (int i = 0; i < 50; i++) {
      lambda[550 + i] = 5 + 15.0 * i / 49;
    }
    return lambda;
  }

  @Test
  @DisplayName("SLQ cumulative distribution within Kolmogorov distance 0.05 of the eigenvalues' on a grid of spacing 2σ")
  void kolmogorov() {
    double[] lambda = spectrum();
    TestOperators.Dense b = TestOperators.rotated(lambda, 4);
    double sigma = 0.05;
    double[] grid = SpectralDensity.grid(-1, 21, 221);
    assertTrue(grid[1] - grid[0] > 1.9 * sigma, "grid coarser than σ");
    CountingOperator op = new CountingOperator(b);
    SpectralDensity.Result result = SpectralDensity.estimate(op, 10, 60, sigma, grid, 5);
    double distance = 0;
    for (int g = 0; g < grid.length; g++) {
      int below = 0;
      for (double l : lambda) {
        if (l <= grid[g]) {
          below++;
        }
      }
      distance = Math.max(distance, Math.abs(result.cumulative()[g] - below / 600.0));
    }
    assertTrue(distance <= KOLMOGOROV, "Kolmogorov distance " + distance);
    assertEquals(600, op.products(), "starts × steps");
    assertEquals(600, result.products());
    double weight = 0;
    for (double w : result.weights()) {
      weight += w;
    }
    assertEquals(1, weight, 1e-12, "quadrature weights sum to one");
  }

  @Test
  @DisplayName("the density integrates to one (trapezoid on a fine grid) and is a Gaussian for B = 2I")
  void normalised() {
    double sigma = 0.1;
    double[] grid = SpectralDensity.grid(0, 4, 4001);
    SpectralDensity.Result result =
        SpectralDensity.estimate(TestOperators.diagonal(new double[] {2, 2, 2, 2, 2}), 3, 4, sigma, grid, 1);
    assertEquals(3, result.products(), "each start breaks down after one product: B = 2I");
    double integral = 0;
    for (int g = 1; g < grid.length; g++) {
      integral += 0.5 * (result.density()[g] + result.density()[g - 1]) * (grid[g] - grid[g - 1]);
    }
    assertEquals(1, integral, 1e-6);
    assertEquals(1 / (sigma * Math.sqrt(2 * Math.PI)), result.density()[2000], 1e-12);
    assertEquals(0.5, result.cumulative()[2000], ERFC);
  }

  @Test
  @DisplayName("Φ agrees with closed values: Φ(0) = ½, Φ(1.959964) = 0.975, Φ(−3) = 0.0013499")
  void normalCdf() {
    assertEquals(0.5, SpectralDensity.normalCdf(0), ERFC);
    assertEquals(0.975, SpectralDensity.normalCdf(1.959964), ERFC);
    assertEquals(0.00134990, SpectralDensity.normalCdf(-3), ERFC);
  }
}
