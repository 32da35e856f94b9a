package org.hesstrucks.analysis.swag;

import org.hesstrucks.analysis.CountingOperator;
import org.hesstrucks.analysis.dense.Orthonormal;
import org.hesstrucks.analysis.spectrum.Eigenpairs;
import org.hesstrucks.analysis.spectrum.Lanczos;
import org.hesstrucks.analysis.spectrum.PrincipalAngles;
import org.hesstrucks.analysis.spectrum.Which;
import org.hesstrucks.curvature.CurvatureOperator;

/**
 * How much of SWAG's deviation subspace lies in the top-k eigenspace of a curvature operator (the Hessian at
 * the SWA mean): overlap = ‖Q_Dᵀ V_k‖_F² / min(rank D, k), in [0, 1], with Q_D an orthonormal basis of the
 * deviations (QR) and V_k the operator's k largest eigenvectors by {@link Lanczos}; equivalently the mean
 * squared cosine of the principal angles between the two subspaces. 1 when one subspace contains the other,
 * 0 when they are orthogonal.
 *
 * @param overlap the share, in [0, 1]
 * @param principalAngles min(rank D, k) angles in radians, ascending
 * @param eigenvalues the operator's k largest eigenvalues, descending
 * @param residuals explicit ‖Bv − θv‖ of those pairs
 * @param steps the Lanczos steps taken
 * @param products the operator products spent: steps + k (one per step, one per residual)
 */
public record SwagOverlap(double overlap, double[] principalAngles, double[] eigenvalues, double[] residuals,
    int steps, long products) {
  /**
   * The Lanczos steps for k eigenpairs of an n-parameter operator: min(max(2k, k + 20), n), the default of the
   * {@code hessian-top-k} probe.
   */
  public static int defaultSteps(int k, int n) {
    return Math.min(Math.max(2 * k, k + 20), n);
  }

  /**
   * Runs Lanczos on {@code operator} and compares its top-k eigenspace with the span of {@code deviations}.
   *
   * @param deviations the rows of D; not modified
   * @param k 1 ≤ k ≤ n
   * @param steps Lanczos steps ≥ k (clamped to n)
   * @param seed fixes Lanczos' start vector
   * @throws IllegalArgumentException for k outside [1, n], a non-finite product or non-finite eigenvalues
   */
  public static SwagOverlap measure(CurvatureOperator operator, double[][] deviations, int k, int steps,
      long seed) {
    int n = operator.dimension();
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("topK: " + k + " eigenpairs requested, the model has " + n
          + " parameters");
    }
    CountingOperator counted = new CountingOperator(operator);
    Lanczos run = Lanczos.run(counted, Math.max(steps, k), seed);
    Eigenpairs top = run.eigenpairs(Which.LARGEST, k, counted);
    for (double value : top.values()) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("Lanczos gave a non-finite Ritz value " + value);
      }
    }
    double[] angles = PrincipalAngles.between(deviations, top.vectors());
    return new SwagOverlap(overlap(deviations, top.vectors()), angles, top.values(), top.residuals(), run.steps(),
        counted.products());
  }

  /**
   * ‖Q_Aᵀ Q_B‖_F² / min(dim A, dim B) for the spans of the rows of {@code a} and {@code b}, each orthonormalised
   * first (dependent rows dropped); 0 when either span is {0}.
   */
  public static double overlap(double[][] a, double[][] b) {
    double[][] qa = Orthonormal.basis(a, PrincipalAngles.DEPENDENT);
    double[][] qb = Orthonormal.basis(b, PrincipalAngles.DEPENDENT);
    int smaller = Math.min(qa.length, qb.length);
    if (smaller == 0) {
      return 0;
    }
    double sum = 0;
    for (double[] u : qa) {
      for (double[] v : qb) {
        double c = Orthonormal.dot(u, v);
        sum += c * c;
      }
    }
    return Math.min(1, sum / smaller);
  }
}
