package org.hesstrucks.testkit;

import org.hesstrucks.objective.Objective;

/** f(x) = ½ Σ λᵢ xᵢ², minimizer 0, so iterates keep full relative precision as they approach it. No allocation. */
public final class DiagonalQuadratic implements Objective {
  private final double[] eigenvalues;

  public DiagonalQuadratic(double... eigenvalues) {
    this.eigenvalues = eigenvalues.clone();
  }

  /** n eigenvalues log-spaced in [1, κ], both ends included. */
  public static DiagonalQuadratic logSpaced(int n, double conditionNumber) {
    double[] lambda = new double[n];
    for (int i = 0; i < n; i++) {
      lambda[i] = Math.pow(conditionNumber, (double) i / (n - 1));
    }
    return new DiagonalQuadratic(lambda);
  }

  @Override
  public int dimension() {
    return eigenvalues.length;
  }

  @Override
  public double value(double[] x) {
    double sum = 0;
    for (int i = 0; i < eigenvalues.length; i++) {
      sum += eigenvalues[i] * x[i] * x[i];
    }
    return 0.5 * sum;
  }

  @Override
  public double valueAndGradient(double[] x, double[] gradientOut) {
    for (int i = 0; i < eigenvalues.length; i++) {
      gradientOut[i] = eigenvalues[i] * x[i];
    }
    return value(x);
  }
}
