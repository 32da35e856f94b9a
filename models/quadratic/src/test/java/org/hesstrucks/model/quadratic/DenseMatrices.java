package org.hesstrucks.model.quadratic;

import java.util.Arrays;
import org.hesstrucks.curvature.CurvatureOperator;

/** Small dense linear algebra for checking the quadratic against independent computations. */
final class DenseMatrices {
  private DenseMatrices() {}

  /** The matrix of {@code operator}, built column by column from products with the unit vectors. */
  static double[][] matrixOf(CurvatureOperator operator) {
    int n = operator.dimension();
    double[][] a = new double[n][n];
    double[] unit = new double[n];
    double[] column = new double[n];
    for (int j = 0; j < n; j++) {
      Arrays.fill(unit, 0);
      unit[j] = 1;
      operator.apply(unit, column);
      for (int i = 0; i < n; i++) {
        a[i][j] = column[i];
      }
    }
    return a;
  }

  /** Q as a matrix, column i being the model's eigenvector i. */
  static double[][] eigenvectorMatrix(QuadraticModel model) {
    int n = model.dimension();
    double[][] q = new double[n][n];
    double[] column = new double[n];
    for (int j = 0; j < n; j++) {
      model.eigenvector(j, column);
      for (int i = 0; i < n; i++) {
        q[i][j] = column[i];
      }
    }
    return q;
  }

  static double[] multiply(double[][] a, double[] x) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      double s = 0;
      for (int j = 0; j < x.length; j++) {
        s += a[i][j] * x[j];
      }
      y[i] = s;
    }
    return y;
  }

  static double dot(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  static double norm(double[] x) {
    return Math.sqrt(dot(x, x));
  }

  /** ‖actual − expected‖ / ‖expected‖. */
  static double relativeError(double[] actual, double[] expected) {
    double[] difference = new double[actual.length];
    for (int i = 0; i < actual.length; i++) {
      difference[i] = actual[i] - expected[i];
    }
    return norm(difference) / norm(expected);
  }

  /**
   * The eigenvalues of a symmetric matrix, ascending, by the cyclic Jacobi method (Golub and Van Loan,
   * Matrix Computations, §8.5): rotations annihilate each off-diagonal pair in turn until the off-diagonal
   * mass is negligible. Slow (O(n³) per sweep) and very accurate: errors of order ε‖A‖.
   */
  static double[] jacobiEigenvalues(double[][] symmetric) {
    int n = symmetric.length;
    double[][] a = new double[n][];
    double total = 0;
    for (int i = 0; i < n; i++) {
      a[i] = symmetric[i].clone();
      for (int j = 0; j < n; j++) {
        total += a[i][j] * a[i][j];
      }
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p][q] * a[p][q];
        }
      }
      if (off <= 1e-32 * total) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (a[p][q] == 0) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t;
          if (Math.abs(theta) > 1e150) {
            t = 1 / (2 * theta);
          } else {
            t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
        }
      }
    }
    double[] eigenvalues = new double[n];
    for (int i = 0; i < n; i++) {
      eigenvalues[i] = a[i][i];
    }
    Arrays.sort(eigenvalues);
    return eigenvalues;
  }

  /** Standard normal entries from {@code seed}. */
  static double[] gaussian(int n, long seed) {
    java.util.Random random = new java.util.Random(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextGaussian();
    }
    return x;
  }
}
