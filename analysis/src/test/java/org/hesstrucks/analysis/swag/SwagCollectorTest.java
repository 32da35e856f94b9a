package org.hesstrucks.analysis.swag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hesstrucks.analysis.TestOperators;
import org.hesstrucks.analysis.spectrum.PrincipalAngles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SwagCollectorTest {
  /** Welford against the two-pass sums: a few ulps of the data's scale per update. */
  private static final double ROUNDING = 1e-12;
  /** A mean or covariance entry may sit this many standard errors from its expectation (a 5σ event: ~6e-7). */
  private static final double STANDARD_ERRORS = 5;

  @Test
  @DisplayName("Welford's mean, variance and deviations from the running mean match a two-pass computation")
  void welfordAgainstTwoPass() {
    int n = 6;
    int t = 37;
    int k = 5;
    SplittableRandom random = new SplittableRandom(3);
    double[][] snapshots = new double[t][n];
    for (double[] s : snapshots) {
      for (int i = 0; i < n; i++) {
        s[i] = 10 + (i + 1) * random.nextGaussian();
      }
    }
    SwagCollector collector = new SwagCollector(n, k);
    for (double[] s : snapshots) {
      collector.collect(s);
    }
    double[] mean = new double[n];
    double[] variance = new double[n];
    collector.mean(mean);
    collector.variance(variance);
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (double[] s : snapshots) {
        sum += s[i];
      }
      double m = sum / t;
      double squares = 0;
      for (double[] s : snapshots) {
        squares += (s[i] - m) * (s[i] - m);
      }
      assertEquals(m, mean[i], ROUNDING * 10, "mean " + i);
      assertEquals(squares / t, variance[i], ROUNDING * (i + 1) * (i + 1) * 10, "variance " + i);
    }
    assertEquals(t, collector.snapshots());
    assertEquals(k, collector.rank());
    double[][] deviations = collector.deviations();
    for (int j = 0; j < k; j++) {
      int last = t - k + j;
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int s = 0; s <= last; s++) {
          sum += snapshots[s][i];
        }
        assertEquals(snapshots[last][i] - sum / (last + 1), deviations[j][i], ROUNDING * 10,
            "deviation of snapshot " + last + ", entry " + i);
      }
    }
  }

  @Test
  @DisplayName("the deviation matrix has min(K, snapshots − 1) columns: the first deviation is zero and is not one")
  void rankGrowsFromTheSecondSnapshot() {
    SwagCollector collector = new SwagCollector(3, 4);
    assertEquals(0, collector.rank());
    collector.collect(new double[] {1, 2, 3});
    assertEquals(0, collector.rank());
    assertEquals(0, collector.deviations().length);
    collector.collect(new double[] {3, 2, 1});
    assertEquals(1, collector.rank());
    assertArrayEquals(new double[] {1, 0, -1}, collector.deviations()[0], 0);
    for (int i = 0; i < 10; i++) {
      collector.collect(new double[] {i, -i, 2 * i});
    }
    assertEquals(4, collector.rank());
    assertEquals(12, collector.posterior().snapshots());
  }

  @Test
  @DisplayName("a collector needs n ≥ 1 and K ≥ 1")
  void badShape() {
    assertEquals("SWAG needs n ≥ 1 and K ≥ 1, got n = 3, K = 0",
        assertThrows(IllegalArgumentException.class, () -> new SwagCollector(3, 0)).getMessage());
  }

  @Test
  @DisplayName("iterates drawn from N(μ, Σ) with three dominant directions: the SWA mean recovers μ and D's top "
      + "left singular vectors span Σ's top eigenvectors")
  void knownGaussianPosterior() {
    int n = 40;
    int t = 4000;
    int k = 200;
    double noise = 0.01;
    double[] dominant = {400, 100, 25};
    double[] spectrum = new double[n];
    java.util.Arrays.fill(spectrum, noise);
    for (int j = 0; j < dominant.length; j++) {
      spectrum[n - 1 - j] = dominant[j];
    }
    // Σ = Q diag(spectrum) Qᵀ with a seeded random Q; samples μ + Q diag(√spectrum) z.
    TestOperators.Dense sigma = TestOperators.rotated(spectrum, 11);
    double[][] top = new double[dominant.length][];
    for (int j = 0; j < dominant.length; j++) {
      top[j] = sigma.eigenvector(indexOf(sigma.eigenvalues(), dominant[j]));
    }
    double[] mu = new double[n];
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < n; i++) {
      mu[i] = random.nextGaussian();
    }
    SwagCollector collector = new SwagCollector(n, k);
    double[] theta = new double[n];
    for (int s = 0; s < t; s++) {
      System.arraycopy(mu, 0, theta, 0, n);
      for (int e = 0; e < n; e++) {
        double z = Math.sqrt(sigma.eigenvalues()[e]) * random.nextGaussian();
        double[] q = sigma.eigenvector(e);
        for (int i = 0; i < n; i++) {
          theta[i] += z * q[i];
        }
      }
      collector.collect(theta);
    }
    SwagPosterior posterior = collector.posterior();
    for (int i = 0; i < n; i++) {
      double standardError = Math.sqrt(sigma.entry(i, i) / t);
      assertEquals(mu[i], posterior.mean()[i], STANDARD_ERRORS * standardError, "mean " + i);
    }
    double[] angles = PrincipalAngles.between(posterior.topDirections(3), top);
    // Perturbation: sin θ ≈ √(n · noise / (K · λ₃)) ≈ 0.009; 0.05 leaves room for the sampling of the top three.
    double maxAngle = 0.05;
    for (double angle : angles) {
      assertTrue(angle < maxAngle, "principal angle " + angle);
    }
    double[] energy = posterior.deviationEnergy();
    for (int j = 0; j < dominant.length; j++) {
      // DDᵀ/(K − 1) estimates Σ; a variance estimate from K samples has relative standard error √(2/K) = 0.1.
      double estimate = energy[j] / (k - 1);
      assertEquals(dominant[j], estimate, STANDARD_ERRORS * Math.sqrt(2.0 / k) * dominant[j], "λ" + j);
    }
    assertTrue(energy[3] / (k - 1) < 1, "the fourth direction carries only noise: " + energy[3] / (k - 1));
  }

  @Test
  @DisplayName("constant-step SGD on a quadratic with Gaussian gradient noise: SWAG recovers the minimiser and the top "
      + "directions of the known stationary covariance Σᵢ = η cᵢ / (aᵢ (2 − η aᵢ))")
  void sgdOnQuadratic() {
    int n = 20;
    double eta = 0.5;
    // A = Q diag(a) Qᵀ with a in [0.5, 1.5]; noise covariance C = Q diag(c) Qᵀ, three directions loud.
    double[] a = new double[n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = 0.5 + i / (double) (n - 1);
      c[i] = 0.01;
    }
    int[] loud = {3, 11, 17};
    double[] loudNoise = {100, 50, 20};
    for (int j = 0; j < loud.length; j++) {
      c[loud[j]] = loudNoise[j];
    }
    TestOperators.Dense hessian = TestOperators.rotated(a, 21);
    double[] stationary = new double[n];
    for (int i = 0; i < n; i++) {
      stationary[i] = eta * c[i] / (a[i] * (2 - eta * a[i]));
    }
    double[][] top = new double[loud.length][];
    for (int j = 0; j < loud.length; j++) {
      top[j] = hessian.eigenvector(loud[j]);
    }
    double[] minimiser = new double[n];
    SplittableRandom random = new SplittableRandom(8);
    for (int i = 0; i < n; i++) {
      minimiser[i] = 3 * random.nextGaussian();
    }
    // Snapshots every 40 steps: the slowest direction's correlation (1 − η·0.5)^40 = 1e-5, so they are independent.
    int every = 40;
    int snapshots = 3000;
    int k = 200;
    SwagCollector collector = new SwagCollector(n, k);
    double[] theta = minimiser.clone();
    double[] shifted = new double[n];
    double[] gradient = new double[n];
    for (int t = 1; t <= snapshots * every + 200; t++) {
      for (int i = 0; i < n; i++) {
        shifted[i] = theta[i] - minimiser[i];
      }
      hessian.apply(shifted, gradient);
      for (int e = 0; e < n; e++) {
        double z = Math.sqrt(c[e]) * random.nextGaussian();
        double[] q = hessian.eigenvector(e);
        for (int i = 0; i < n; i++) {
          gradient[i] += z * q[i];
        }
      }
      for (int i = 0; i < n; i++) {
        theta[i] -= eta * gradient[i];
      }
      if (t > 200 && (t - 200) % every == 0) {
        collector.collect(theta);
      }
    }
    SwagPosterior posterior = collector.posterior();
    assertEquals(snapshots, posterior.snapshots());
    for (int i = 0; i < n; i++) {
      double variance = 0;
      for (int e = 0; e < n; e++) {
        double q = hessian.eigenvector(e)[i];
        variance += stationary[e] * q * q;
      }
      assertEquals(minimiser[i], posterior.mean()[i], STANDARD_ERRORS * Math.sqrt(variance / snapshots), "mean " + i);
      // The diagonal variance estimates Σᵢᵢ with relative standard error √(2/T).
      assertEquals(variance, posterior.variance()[i], STANDARD_ERRORS * Math.sqrt(2.0 / snapshots) * variance,
          "variance " + i);
    }
    double[] angles = PrincipalAngles.between(posterior.topDirections(3), top);
    // sin θ ≈ √(n · Σ_quiet / (K · Σ₃)) ≈ 0.01 here; 0.05 leaves room for the sampling of the top three.
    double maxAngle = 0.05;
    for (double angle : angles) {
      assertTrue(angle < maxAngle, "principal angle " + angle);
    }
  }

  private static int indexOf(double[] values, double value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    throw new AssertionError(value + " not among the eigenvalues");
  }

  @Test
  @DisplayName("SWAG samples have mean θ_SWA and covariance scale · (Σ_diag + DDᵀ/(K − 1)), empirically")
  void sampleCovariance() {
    double[] mean = {1, -2, 0.5, 3};
    double[] variance = {0.5, 0.1, 2, 0};
    double[][] d = {{1, 0, 1, 0}, {0, 2, -1, 1}, {-1, 1, 0, 0.5}};
    double scale = 0.5;
    SwagPosterior posterior = new SwagPosterior(mean, variance, d, 4);
    int n = mean.length;
    double[][] expected = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double low = 0;
        for (double[] row : d) {
          low += row[i] * row[j];
        }
        expected[i][j] = scale * ((i == j ? variance[i] : 0) + low / (d.length - 1));
      }
    }
    int draws = 200_000;
    SplittableRandom random = new SplittableRandom(17);
    double[] sample = new double[n];
    double[] sum = new double[n];
    double[][] cross = new double[n][n];
    for (int s = 0; s < draws; s++) {
      posterior.sample(random, scale, sample);
      for (int i = 0; i < n; i++) {
        double a = sample[i] - mean[i];
        sum[i] += a;
        for (int j = 0; j < n; j++) {
          cross[i][j] += a * (sample[j] - mean[j]);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      assertEquals(0, sum[i] / draws, STANDARD_ERRORS * Math.sqrt(expected[i][i] / draws), "mean " + i);
      for (int j = 0; j < n; j++) {
        // Var of a Gaussian product's mean: (Σᵢᵢ Σⱼⱼ + Σᵢⱼ²) / N.
        double standardError = Math.sqrt((expected[i][i] * expected[j][j] + expected[i][j] * expected[i][j]) / draws);
        assertEquals(expected[i][j], cross[i][j] / draws, STANDARD_ERRORS * standardError, "covariance " + i + j);
      }
    }
  }

  @Test
  @DisplayName("the same seed draws the same SWAG sample, bit for bit")
  void seededSamples() {
    SwagPosterior posterior = new SwagPosterior(new double[] {1, 2}, new double[] {1, 1},
        new double[][] {{1, 0}, {0, 1}}, 3);
    double[] a = new double[2];
    double[] b = new double[2];
    posterior.sample(new SplittableRandom(9), 0.5, a);
    posterior.sample(new SplittableRandom(9), 0.5, b);
    assertArrayEquals(a, b, 0);
  }
}
