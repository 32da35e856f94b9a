package org.hesstrucks.analysis.spectrum;

import java.util.SplittableRandom;
import org.hesstrucks.analysis.dense.Orthonormal;
import org.hesstrucks.curvature.CurvatureOperator;

/**
 * Power iteration with deflation, the cheap baseline for the k largest-in-magnitude eigenpairs: pair i
 * iterates v ← Bv / ‖Bv‖ with v kept orthogonal to the pairs already found, until the Rayleigh quotient
 * changes by at most {@code tolerance}·|θ| or {@code maxIterations} products. Converges at rate
 * |λᵢ₊₁/λᵢ|, so slowly on clustered spectra; Lanczos is the method, this is the check.
 */
public final class PowerIteration {
  private PowerIteration() {}

  /**
   * @param k pairs wanted, 1 ≤ k ≤ n
   * @param maxIterations products per pair at most, ≥ 1
   * @param tolerance relative change of the Rayleigh quotient that stops a pair; 0 runs every iteration
   * @param seed fixes the start vectors
   * @return pairs by descending |λ|, residuals explicit (‖Bv − θv‖ from the last product), and products
   *     spent (k · maxIterations when tolerance is 0)
   */
  public static Eigenpairs run(CurvatureOperator operator, int k, int maxIterations, double tolerance, long seed) {
    int n = operator.dimension();
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k must be in [1, " + n + "], got " + k);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[][] found = new double[k][];
    double[] values = new double[k];
    double[] residuals = new double[k];
    double[] w = new double[n];
    long products = 0;
    for (int p = 0; p < k; p++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = random.nextGaussian();
      }
      Orthonormal.project(found, p, v);
      normalise(v);
      double theta = 0;
      for (int it = 0; it < maxIterations; it++) {
        operator.apply(v, w);
        products++;
        double next = Orthonormal.dot(v, w);
        double sum = 0;
        for (int i = 0; i < n; i++) {
          double d = w[i] - next * v[i];
          sum += d * d;
        }
        residuals[p] = Math.sqrt(sum);
        boolean settled = tolerance > 0 && it > 0 && Math.abs(next - theta) <= tolerance * Math.abs(next);
        theta = next;
        if (settled) {
          break;
        }
        System.arraycopy(w, 0, v, 0, n);
        Orthonormal.project(found, p, v);
        if (!normalise(v)) {
          break;
        }
      }
      values[p] = theta;
      found[p] = v;
    }
    return new Eigenpairs(values, found, residuals, products);
  }

  private static boolean normalise(double[] v) {
    double norm = Orthonormal.norm(v);
    if (!(norm > 0) || !Double.isFinite(norm)) {
      return false;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= norm;
    }
    return true;
  }
}
