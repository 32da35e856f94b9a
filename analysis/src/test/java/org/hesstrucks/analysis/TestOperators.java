package org.hesstrucks.analysis;

import java.util.Random;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;

/** Operators with known spectra for tests: a diagonal and a dense Q diag(λ) Qᵀ with a seeded random Q. */
public final class TestOperators {
  private TestOperators() {}

  /** A dense symmetric operator with its exact eigenpairs. */
  public static final class Dense implements CurvatureOperator {
    private final int n;
    private final double[] matrix;
    private final double[][] eigenvectors;
    private final double[] eigenvalues;

    /** λ with the given orthonormal eigenvectors (rows); the rows are kept, not copied. */
    public Dense(double[] eigenvalues, double[][] eigenvectors) {
      this.n = eigenvalues.length;
      this.eigenvalues = eigenvalues.clone();
      this.eigenvectors = eigenvectors;
      matrix = new double[n * n];
      for (int k = 0; k < n; k++) {
        double[] q = eigenvectors[k];
        for (int i = 0; i < n; i++) {
          double s = eigenvalues[k] * q[i];
          for (int j = 0; j < n; j++) {
            matrix[i * n + j] += s * q[j];
          }
        }
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < i; j++) {
          double mean = 0.5 * (matrix[i * n + j] + matrix[j * n + i]);
          matrix[i * n + j] = mean;
          matrix[j * n + i] = mean;
        }
      }
    }

    @Override
    public int dimension() {
      return n;
    }

    @Override
    public CurvatureMode mode() {
      return CurvatureMode.EXACT;
    }

    @Override
    public void apply(double[] v, double[] out) {
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          sum += matrix[i * n + j] * v[j];
        }
        out[i] = sum;
      }
    }

    /** λ as given. A copy. */
    public double[] eigenvalues() {
      return eigenvalues.clone();
    }

    /** The unit eigenvector of {@code eigenvalues()[k]}. */
    public double[] eigenvector(int k) {
      return eigenvectors[k].clone();
    }

    /** Entry (i, j). */
    public double entry(int i, int j) {
      return matrix[i * n + j];
    }

    /** The matrix, row-major. A copy. */
    public double[] matrix() {
      return matrix.clone();
    }

    /** Σ λ². */
    public double traceOfSquare() {
      double sum = 0;
      for (double l : eigenvalues) {
        sum += l * l;
      }
      return sum;
    }

    /** Σ λ. */
    public double trace() {
      double sum = 0;
      for (double l : eigenvalues) {
        sum += l;
      }
      return sum;
    }
  }

  /** Q diag(λ) Qᵀ with Q from Gram–Schmidt on a seeded Gaussian matrix. */
  public static Dense rotated(double[] eigenvalues, long seed) {
    int n = eigenvalues.length;
    Random random = new Random(seed);
    double[][] q = new double[n][n];
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        q[k][i] = random.nextGaussian();
      }
      for (int pass = 0; pass < 2; pass++) {
        for (int j = 0; j < k; j++) {
          double dot = 0;
          for (int i = 0; i < n; i++) {
            dot += q[k][i] * q[j][i];
          }
          for (int i = 0; i < n; i++) {
            q[k][i] -= dot * q[j][i];
          }
        }
      }
      double norm = 0;
      for (int i = 0; i < n; i++) {
        norm += q[k][i] * q[k][i];
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < n; i++) {
        q[k][i] /= norm;
      }
    }
    return new Dense(eigenvalues, q);
  }

  /** diag(λ), applied in O(n). */
  public static CurvatureOperator diagonal(double[] eigenvalues) {
    double[] d = eigenvalues.clone();
    return new CurvatureOperator() {
      @Override
      public int dimension() {
        return d.length;
      }

      @Override
      public CurvatureMode mode() {
        return CurvatureMode.EXACT;
      }

      @Override
      public void apply(double[] v, double[] out) {
        for (int i = 0; i < d.length; i++) {
          out[i] = d[i] * v[i];
        }
      }
    };
  }

  /** The angle between two unit-or-not vectors' lines, in [0, π/2], accurate for small angles. */
  public static double lineAngle(double[] a, double[] b) {
    double na = 0;
    double nb = 0;
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      na += a[i] * a[i];
      nb += b[i] * b[i];
      dot += a[i] * b[i];
    }
    na = Math.sqrt(na);
    nb = Math.sqrt(nb);
    double sign = dot >= 0 ? 1 : -1;
    double diff = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] / na - sign * b[i] / nb;
      diff += d * d;
    }
    return 2 * Math.asin(Math.min(1, Math.sqrt(diff) / 2));
  }
}
