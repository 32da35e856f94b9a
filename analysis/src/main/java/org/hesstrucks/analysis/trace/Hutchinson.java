package org.hesstrucks.analysis.trace;

import java.util.SplittableRandom;
import org.hesstrucks.analysis.Rademacher;
import org.hesstrucks.curvature.CurvatureOperator;

/**
 * Hutchinson's estimator: tr(B) = E[zᵀBz] for Rademacher z, averaged over N probes; its standard error is
 * the sample standard deviation of zᵀBz over √N. One product per probe, also for tr(B²) = E‖Bz‖².
 */
public final class Hutchinson {
  private Hutchinson() {}

  /**
   * Estimates of tr(B) and tr(B²) from the same N probes.
   *
   * @param trace of B
   * @param traceOfSquare of B²
   * @param products N
   */
  public record Traces(TraceEstimate trace, TraceEstimate traceOfSquare, long products) {}

  /**
   * Paired estimates for two operators on the same probes.
   *
   * @param first tr(H)
   * @param second tr(G)
   * @param difference tr(H) − tr(G) from zᵀHz − zᵀGz on the same z (its standard error from the paired
   *     differences, far below the two separate ones when H ≈ G)
   * @param products 2N
   */
  public record Paired(TraceEstimate first, TraceEstimate second, TraceEstimate difference, long products) {}

  /**
   * @param probes N ≥ 1
   * @param seed fixes the probes
   */
  public static Traces estimate(CurvatureOperator operator, int probes, long seed) {
    requireProbes(probes);
    int n = operator.dimension();
    SplittableRandom random = new SplittableRandom(seed);
    double[] z = new double[n];
    double[] bz = new double[n];
    double[] linear = new double[probes];
    double[] square = new double[probes];
    for (int p = 0; p < probes; p++) {
      Rademacher.fill(random, z);
      operator.apply(z, bz);
      double quadratic = 0;
      double norm2 = 0;
      for (int i = 0; i < n; i++) {
        quadratic += z[i] * bz[i];
        norm2 += bz[i] * bz[i];
      }
      linear[p] = quadratic;
      square[p] = norm2;
    }
    return new Traces(mean(linear, probes), mean(square, probes), probes);
  }

  /**
   * tr(H), tr(G) and tr(H − G) from the same N Rademacher probes: 2N products.
   *
   * @param probes N ≥ 1
   * @param seed fixes the probes
   */
  public static Paired paired(CurvatureOperator first, CurvatureOperator second, int probes, long seed) {
    requireProbes(probes);
    int n = first.dimension();
    if (second.dimension() != n) {
      throw new IllegalArgumentException("operators have dimensions " + n + " and " + second.dimension());
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] z = new double[n];
    double[] hz = new double[n];
    double[] gz = new double[n];
    double[] h = new double[probes];
    double[] g = new double[probes];
    double[] d = new double[probes];
    for (int p = 0; p < probes; p++) {
      Rademacher.fill(random, z);
      first.apply(z, hz);
      second.apply(z, gz);
      double zh = 0;
      double zg = 0;
      double zd = 0;
      for (int i = 0; i < n; i++) {
        zh += z[i] * hz[i];
        zg += z[i] * gz[i];
        zd += z[i] * (hz[i] - gz[i]);
      }
      h[p] = zh;
      g[p] = zg;
      d[p] = zd;
    }
    return new Paired(mean(h, probes), mean(g, probes), mean(d, probes), 2L * probes);
  }

  static void requireProbes(int probes) {
    if (probes < 1) {
      throw new IllegalArgumentException("probes must be at least 1, got " + probes);
    }
  }

  /** Mean and standard error of the first {@code count} samples, charged {@code count} products. */
  static TraceEstimate mean(double[] samples, int count) {
    double mean = 0;
    for (int i = 0; i < count; i++) {
      mean += samples[i];
    }
    mean /= count;
    if (count < 2) {
      return new TraceEstimate(mean, 0, count);
    }
    double ss = 0;
    for (int i = 0; i < count; i++) {
      double d = samples[i] - mean;
      ss += d * d;
    }
    return new TraceEstimate(mean, Math.sqrt(ss / (count - 1) / count), count);
  }
}
