package org.hesstrucks.analysis.trace;

import java.util.SplittableRandom;
import org.hesstrucks.analysis.Rademacher;
import org.hesstrucks.analysis.dense.Orthonormal;
import org.hesstrucks.curvature.CurvatureOperator;

/**
 * Hutch++ (Meyer, Musco, Musco and Woodruff, "Hutch++: Optimal Stochastic Trace Estimation", SOSA 2021):
 * sketch Y = BS with s Rademacher columns, Q = orth(Y), then tr(B) ≈ tr(QᵀBQ) + Hutchinson on
 * (I − QQᵀ)B(I − QQᵀ) with s more probes. The top of the spectrum is captured exactly, so the variance falls
 * like 1/s² instead of 1/s for operators with decaying spectra. Costs 2s + rank(Q) products (3s when the
 * sketch has full rank). The standard error is that of the Hutchinson part (the projected part is exact).
 */
public final class HutchPlusPlus {
  /** A sketch column whose remainder is below this share of its norm is dependent and dropped. */
  public static final double DEPENDENT = 1e-10;

  private HutchPlusPlus() {}

  /**
   * @param perStage s ≥ 1: sketch columns and residual probes each
   * @param seed fixes the sketch and the probes
   */
  public static TraceEstimate estimate(CurvatureOperator operator, int perStage, long seed) {
    Hutchinson.requireProbes(perStage);
    int n = operator.dimension();
    SplittableRandom random = new SplittableRandom(seed);
    double[][] y = new double[perStage][n];
    double[] z = new double[n];
    long products = 0;
    for (int s = 0; s < perStage; s++) {
      Rademacher.fill(random, z);
      operator.apply(z, y[s]);
      products++;
    }
    double[][] q = Orthonormal.basis(y, DEPENDENT);
    double[] bq = new double[n];
    double exact = 0;
    for (double[] column : q) {
      operator.apply(column, bq);
      products++;
      exact += Orthonormal.dot(column, bq);
    }
    double[] samples = new double[perStage];
    double[] bz = new double[n];
    for (int s = 0; s < perStage; s++) {
      Rademacher.fill(random, z);
      Orthonormal.project(q, q.length, z);
      operator.apply(z, bz);
      products++;
      samples[s] = Orthonormal.dot(z, bz);
    }
    TraceEstimate rest = Hutchinson.mean(samples, perStage);
    return new TraceEstimate(exact + rest.value(), rest.standardError(), products);
  }
}
