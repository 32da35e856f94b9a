package org.hesstrucks.analysis.spectrum;

import org.hesstrucks.analysis.dense.Orthonormal;
import org.hesstrucks.analysis.dense.SymmetricEigen;

/**
 * Principal angles between the spans of two sets of vectors. Both are orthonormalised (QR by Gram–Schmidt
 * twice); with C = VᵀW the cosines are the singular values of C, read as square roots of the eigenvalues of
 * CᵀC, and the sines those of the remainder W − VC, so small angles keep full relative accuracy:
 * θ = atan2(sin, cos).
 */
public final class PrincipalAngles {
  /** A vector whose remainder after projection is below this share of its norm is dropped as dependent. */
  public static final double DEPENDENT = 1e-12;

  private PrincipalAngles() {}

  /**
   * @param v rows spanning the first subspace; not modified
   * @param w rows spanning the second; not modified
   * @return min(dim V, dim W) angles in radians, ascending
   */
  public static double[] between(double[][] v, double[][] w) {
    double[][] a = Orthonormal.basis(v, DEPENDENT);
    double[][] b = Orthonormal.basis(w, DEPENDENT);
    if (a.length < b.length) {
      double[][] swap = a;
      a = b;
      b = swap;
    }
    int p = a.length;
    int q = b.length;
    if (q == 0) {
      return new double[0];
    }
    int n = b[0].length;
    double[] c = new double[p * q];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < q; j++) {
        c[i * q + j] = Orthonormal.dot(a[i], b[j]);
      }
    }
    double[][] remainder = new double[q][n];
    for (int j = 0; j < q; j++) {
      for (int l = 0; l < n; l++) {
        double sum = b[j][l];
        for (int i = 0; i < p; i++) {
          sum -= a[i][l] * c[i * q + j];
        }
        remainder[j][l] = sum;
      }
    }
    double[] ctc = new double[q * q];
    double[] rtr = new double[q * q];
    for (int i = 0; i < q; i++) {
      for (int j = 0; j < q; j++) {
        double sum = 0;
        for (int l = 0; l < p; l++) {
          sum += c[l * q + i] * c[l * q + j];
        }
        ctc[i * q + j] = sum;
        rtr[i * q + j] = Orthonormal.dot(remainder[i], remainder[j]);
      }
    }
    double[] cos2 = SymmetricEigen.of(ctc, q).values();
    double[] sin2 = SymmetricEigen.of(rtr, q).values();
    double[] angles = new double[q];
    for (int j = 0; j < q; j++) {
      // Largest cosine pairs with smallest sine: both sorted ascending.
      double cos = Math.sqrt(Math.max(0, cos2[q - 1 - j]));
      double sin = Math.sqrt(Math.max(0, sin2[j]));
      angles[j] = Math.atan2(sin, cos);
    }
    return angles;
  }
}
