package org.hesstrucks.linesearch;

import org.hesstrucks.objective.Objective;

/**
 * f(x) = ½ Σ λᵢ xᵢ² with λᵢ = κ^(−i/(n−1)), log-spaced from 1 down to 1/κ: a quadratic whose evaluation costs
 * O(n) and that a few lines of NumPy reproduce exactly (microbench/scripts/scipy_peer.py), for comparisons with
 * SciPy. From x = (1, …, 1) along −∇f, λ_max = 1 makes the unit step acceptable at once.
 */
public final class DiagonalQuadratic implements Objective {
  private final double[] eigenvalues;

  /**
   * @param dimension n ≥ 2
   * @param conditionNumber κ ≥ 1
   */
  public DiagonalQuadratic(int dimension, double conditionNumber) {
    eigenvalues = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      eigenvalues[i] = Math.pow(conditionNumber, -(double) i / (dimension - 1));
    }
  }

  @Override
  public int dimension() {
    return eigenvalues.length;
  }

  @Override
  public double value(double[] x) {
    return valueAndGradient(x, null);
  }

  /**
   * f and, unless {@code gradientOut} is null, ∇f = (λᵢxᵢ). The sum runs in four partial sums over i mod 4 (the
   * tail into the first), combined as (p0 + p1) + (p2 + p3), as NumPy's BLAS dot does in its own fixed way: one
   * running sum would wait on the addition's latency at every element.
   */
  @Override
  public double valueAndGradient(double[] x, double[] gradientOut) {
    int n = eigenvalues.length;
    double p0 = 0;
    double p1 = 0;
    double p2 = 0;
    double p3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      double g0 = eigenvalues[i] * x[i];
      double g1 = eigenvalues[i + 1] * x[i + 1];
      double g2 = eigenvalues[i + 2] * x[i + 2];
      double g3 = eigenvalues[i + 3] * x[i + 3];
      if (gradientOut != null) {
        gradientOut[i] = g0;
        gradientOut[i + 1] = g1;
        gradientOut[i + 2] = g2;
        gradientOut[i + 3] = g3;
      }
      p0 += g0 * x[i];
      p1 += g1 * x[i + 1];
      p2 += g2 * x[i + 2];
      p3 += g3 * x[i + 3];
    }
    for (; i < n; i++) {
      double g = eigenvalues[i] * x[i];
      if (gradientOut != null) {
        gradientOut[i] = g;
      }
      p0 += g * x[i];
    }
    return 0.5 * ((p0 + p1) + (p2 + p3));
  }
}
