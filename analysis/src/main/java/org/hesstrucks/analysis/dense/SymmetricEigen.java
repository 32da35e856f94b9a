package org.hesstrucks.analysis.dense;

/**
 * Eigendecomposition of a small dense symmetric matrix by the cyclic Jacobi method: each rotation zeroes one
 * off-diagonal pair, sweeps repeat until the off-diagonal mass is below rounding, at most
 * {@link #MAX_SWEEPS} sweeps. Jacobi is slower than tridiagonal QL (O(m³) per sweep) but simple and
 * accurate to a few ulps of ‖A‖ for every eigenvalue, which is what Ritz values of an m × m Lanczos
 * tridiagonal (m ≤ a few hundred) need.
 */
public final class SymmetricEigen {
  /** Jacobi converges quadratically; 50 sweeps is far beyond what any well-formed matrix needs. */
  public static final int MAX_SWEEPS = 50;

  private final double[] values;
  private final double[] vectors;
  private final int m;

  private SymmetricEigen(int m, double[] values, double[] vectors) {
    this.m = m;
    this.values = values;
    this.vectors = vectors;
  }

  /**
   * Decomposes the symmetric m × m matrix {@code a} (row-major; only symmetric input is meaningful).
   *
   * @param a length m²; not modified
   * @throws IllegalArgumentException on non-finite entries or when the sweeps do not converge
   */
  public static SymmetricEigen of(double[] a, int m) {
    if (a.length != m * m) {
      throw new IllegalArgumentException("matrix has " + a.length + " entries, expected " + m + "² = " + m * m);
    }
    double[] w = a.clone();
    double[] v = new double[m * m];
    double frobenius = 0;
    for (int i = 0; i < m * m; i++) {
      if (!Double.isFinite(w[i])) {
        throw new IllegalArgumentException("matrix entry " + i + " is " + w[i]);
      }
      frobenius += w[i] * w[i];
    }
    for (int i = 0; i < m; i++) {
      v[i * m + i] = 1;
    }
    double threshold = Math.pow(1e-17, 2) * frobenius;
    boolean converged = false;
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double off = 0;
      for (int p = 0; p < m; p++) {
        for (int q = p + 1; q < m; q++) {
          off += w[p * m + q] * w[p * m + q];
        }
      }
      if (2 * off <= threshold || off == 0) {
        converged = true;
        break;
      }
      for (int p = 0; p < m; p++) {
        for (int q = p + 1; q < m; q++) {
          rotate(w, v, m, p, q);
        }
      }
    }
    if (!converged) {
      throw new IllegalArgumentException("Jacobi did not converge in " + MAX_SWEEPS + " sweeps");
    }
    // Sort ascending, carrying the columns of v.
    double[] values = new double[m];
    double[] vectors = new double[m * m];
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(w[x * m + x], w[y * m + y]));
    for (int j = 0; j < m; j++) {
      int from = order[j];
      values[j] = w[from * m + from];
      for (int i = 0; i < m; i++) {
        vectors[i * m + j] = v[i * m + from];
      }
    }
    return new SymmetricEigen(m, values, vectors);
  }

  private static void rotate(double[] w, double[] v, int m, int p, int q) {
    double apq = w[p * m + q];
    if (apq == 0) {
      return;
    }
    double app = w[p * m + p];
    double aqq = w[q * m + q];
    double g = 100 * Math.abs(apq);
    if (Math.abs(app) + g == Math.abs(app) && Math.abs(aqq) + g == Math.abs(aqq)) {
      w[p * m + q] = 0;
      w[q * m + p] = 0;
      return;
    }
    double theta = (aqq - app) / (2 * apq);
    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    if (theta == 0) {
      t = 1;
    }
    double c = 1 / Math.sqrt(t * t + 1);
    double s = t * c;
    for (int k = 0; k < m; k++) {
      double akp = w[k * m + p];
      double akq = w[k * m + q];
      w[k * m + p] = c * akp - s * akq;
      w[k * m + q] = s * akp + c * akq;
    }
    for (int k = 0; k < m; k++) {
      double apk = w[p * m + k];
      double aqk = w[q * m + k];
      w[p * m + k] = c * apk - s * aqk;
      w[q * m + k] = s * apk + c * aqk;
    }
    w[p * m + q] = 0;
    w[q * m + p] = 0;
    for (int k = 0; k < m; k++) {
      double vkp = v[k * m + p];
      double vkq = v[k * m + q];
      v[k * m + p] = c * vkp - s * vkq;
      v[k * m + q] = s * vkp + c * vkq;
    }
  }

  /** The order m. */
  public int order() {
    return m;
  }

  /** The eigenvalues, ascending. A copy. */
  public double[] values() {
    return values.clone();
  }

  /** The eigenvalue of index j (ascending order). */
  public double value(int j) {
    return values[j];
  }

  /** Entry i of the unit eigenvector belonging to {@link #value(int) value(j)}. */
  public double vector(int i, int j) {
    return vectors[i * m + j];
  }
}
