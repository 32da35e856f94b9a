package org.hesstrucks.model.quadratic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hesstrucks.core.ConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpectrumTest {
  private static final int[] DIMENSIONS = {2, 3, 10, 50, 1001};
  private static final double[] KAPPAS = {1, 1.5, 10, 1e4, 1e12};
  /** Neighbouring ratios of log-uniform eigenvalues: each is one StrictMath.exp, good to a few ulps. */
  private static final double RATIO = 1e-13;

  @ParameterizedTest
  @EnumSource(Spectrum.class)
  @DisplayName("eigenvalues ascend from exactly 1/κ to exactly 1")
  void range(Spectrum spectrum) {
    for (int n : DIMENSIONS) {
      for (double kappa : KAPPAS) {
        double[] lambda = spectrum.eigenvalues(n, kappa, 0.9);
        assertEquals(n, lambda.length);
        assertEquals(1.0 / kappa, lambda[0], 0.0, "smallest, n = " + n + ", κ = " + kappa);
        assertEquals(1.0, lambda[n - 1], 0.0, "largest, n = " + n + ", κ = " + kappa);
        for (int i = 1; i < n; i++) {
          assertTrue(lambda[i] >= lambda[i - 1], "ascending at " + i + ", n = " + n + ", κ = " + kappa);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Spectrum.class)
  @DisplayName("dimension 1 has the single eigenvalue 1")
  void dimensionOne(Spectrum spectrum) {
    assertArrayEquals(new double[] {1}, spectrum.eigenvalues(1, 100, 0.9), 0.0);
    QuadraticModel model = new QuadraticModel(QuadraticConfig.defaults().withDimension(1).withSpectrum(spectrum));
    assertEquals(1, model.smallestEigenvalue(), 0.0);
    assertEquals(1, model.largestEigenvalue(), 0.0);
  }

  @Test
  @DisplayName("uniform is linearly spaced")
  void uniform() {
    assertArrayEquals(new double[] {0.2, 0.4, 0.6, 0.8, 1.0}, Spectrum.UNIFORM.eigenvalues(5, 5, 0.9), 1e-15);
    double[] lambda = Spectrum.UNIFORM.eigenvalues(1001, 1e4, 0.9);
    double step = (1 - 1e-4) / 1000;
    for (int i = 1; i < lambda.length; i++) {
      assertEquals(step, lambda[i] - lambda[i - 1], 1e-15);
    }
  }

  @Test
  @DisplayName("log-uniform is geometric: every neighbouring ratio is κ^(1/(n−1))")
  void logUniform() {
    assertArrayEquals(new double[] {1e-4, 1e-3, 1e-2, 1e-1, 1}, Spectrum.LOG_UNIFORM.eigenvalues(5, 1e4, 0.9), 1e-16);
    double kappa = 1e6;
    double[] lambda = Spectrum.LOG_UNIFORM.eigenvalues(1001, kappa, 0.9);
    double ratio = Math.pow(kappa, 1.0 / 1000);
    for (int i = 1; i < lambda.length; i++) {
      assertEquals(ratio, lambda[i] / lambda[i - 1], RATIO * ratio, "ratio at " + i);
    }
  }

  @Test
  @DisplayName("two-clusters: round(fraction · n) evenly spaced over [1/κ, κ^(−3/4)], the rest over [κ^(−1/4), 1]")
  void twoClusters() {
    // κ = 10⁴: low cluster [1e-4, 1e-3], high cluster [0.1, 1]; 7 of 10 low.
    double[] expected = {1e-4, 2.5e-4, 4e-4, 5.5e-4, 7e-4, 8.5e-4, 1e-3, 0.1, 0.55, 1};
    assertArrayEquals(expected, Spectrum.TWO_CLUSTERS.eigenvalues(10, 1e4, 0.7), 1e-15);
    assertEquals(1e-3, Spectrum.lowClusterTop(1e4), 1e-18);
    assertEquals(0.1, Spectrum.highClusterBottom(1e4), 1e-16);

    int n = 1000;
    double kappa = 100;
    double[] lambda = Spectrum.TWO_CLUSTERS.eigenvalues(n, kappa, 0.9);
    int low = 0;
    for (double l : lambda) {
      if (l <= Spectrum.lowClusterTop(kappa)) {
        low++;
      } else {
        assertTrue(l >= Spectrum.highClusterBottom(kappa) && l <= 1, "high cluster value " + l);
      }
    }
    assertEquals(900, low);
  }

  @Test
  @DisplayName("the low cluster's size rounds halves up and leaves at least one eigenvalue in each cluster")
  void lowClusterSize() {
    assertEquals(45, Spectrum.lowClusterSize(50, 0.9));
    assertEquals(3, Spectrum.lowClusterSize(10, 0.25)); // 2.5 rounds up
    assertEquals(1, Spectrum.lowClusterSize(3, 0.1)); // 0.3 would leave the low cluster empty
    assertEquals(2, Spectrum.lowClusterSize(3, 0.99)); // 2.97 would leave the high cluster empty
    assertEquals(0, Spectrum.lowClusterSize(1, 0.9));
    assertArrayEquals(new double[] {0.01, 1}, Spectrum.TWO_CLUSTERS.eigenvalues(2, 100, 0.9), 0.0);
    assertArrayEquals(new double[] {0.01, Math.pow(10, -1.5), Math.pow(10, -0.5), 1},
        Spectrum.TWO_CLUSTERS.eigenvalues(4, 100, 0.5), 1e-16);
  }

  @Test
  @DisplayName("the model reports λ_min = 1/κ and λ_max = 1")
  void modelExtremes() {
    QuadraticModel model = new QuadraticModel(QuadraticConfig.defaults().withDimension(30).withConditionNumber(3e5)
        .withSpectrum(Spectrum.TWO_CLUSTERS));
    assertEquals(1.0 / 3e5, model.smallestEigenvalue(), 0.0);
    assertEquals(1.0, model.largestEigenvalue(), 0.0);
    assertEquals(27, countBelow(model.eigenvalues(), Spectrum.lowClusterTop(3e5)));
  }

  private static int countBelow(double[] values, double edge) {
    int count = 0;
    for (double v : values) {
      if (v <= edge) {
        count++;
      }
    }
    return count;
  }

  @Test
  @DisplayName("spectrum ids: kebab-case, and an unknown id names the known ones")
  void ids() {
    assertEquals(Spectrum.LOG_UNIFORM, Spectrum.fromId("log-uniform"));
    assertEquals(Spectrum.TWO_CLUSTERS, Spectrum.fromId("two-clusters"));
    assertEquals(Spectrum.UNIFORM, Spectrum.fromId("uniform"));
    assertEquals("log-uniform", Spectrum.LOG_UNIFORM.toString());
    ConfigException e = assertThrows(ConfigException.class, () -> Spectrum.fromId("cubic"));
    assertEquals("spectrum: expected one of uniform, log-uniform, two-clusters, got 'cubic'", e.getMessage());
  }
}
