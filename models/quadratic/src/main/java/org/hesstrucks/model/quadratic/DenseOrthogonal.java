package org.hesstrucks.model.quadratic;

import java.util.Random;

/**
 * A Haar-random orthogonal matrix, stored n × n row-major.
 *
 * <p>Built as the Q factor of the Householder QR of an n × n standard Gaussian matrix G, times the diagonal of
 * the signs of R's diagonal: then R has a positive diagonal, the factorisation is unique, and Q is distributed
 * by Haar measure on O(n) (Mezzadri, "How to generate random matrices from the classical compact groups",
 * 2007). Without the sign fix the Householder convention would bias the signs of Q's columns. Building costs
 * about (8/3) n³ flops (QR, then accumulating Q backwards); a product with Q or Qᵀ costs n² multiply-adds.
 */
final class DenseOrthogonal implements OrthogonalMatrix {
  private final int n;
  private final double[] q;

  private DenseOrthogonal(int n, double[] q) {
    this.n = n;
    this.q = q;
  }

  /** Reflectors applied together to one column while it stays in cache; 32 × n doubles of them (512 KiB at n = 2048). */
  static final int BLOCK = 32;

  /**
   * The Haar-random Q for the Gaussian matrix G drawn from {@code random} column by column (G's entries in
   * column-major order: G₀₀, G₁₀, …, G_{n−1,0}, G₀₁, …).
   */
  static DenseOrthogonal haar(int n, Random random) {
    return haar(n, random, BLOCK);
  }

  /**
   * As {@link #haar(int, Random)}, applying reflectors to each column in blocks of {@code block}. Every column
   * receives the same reflectors in the same order whatever the block size, so the result is the same bits;
   * blocking only keeps a column in cache while a block of reflectors passes over it (at n = 2048 it makes the
   * build several times faster than reflector-by-reflector passes over the whole trailing matrix).
   */
  static DenseOrthogonal haar(int n, Random random, int block) {
    if (n > Rotation.MAX_DENSE_DIMENSION) {
      throw new IllegalArgumentException("a dense rotation supports dimension ≤ " + Rotation.MAX_DENSE_DIMENSION
          + ", got " + n);
    }
    // a holds G column-major, a[j n + i] = G_ij, so that every column operation runs over contiguous memory.
    // Householder QR overwrites column k from row k down with the reflector vector u_k; H_k = I − β_k u_k u_kᵀ.
    double[] a = new double[n * n];
    for (int k = 0; k < a.length; k++) {
      a[k] = random.nextGaussian();
    }
    double[] beta = new double[n];
    double[] sign = new double[n];
    int reflectors = n - 1; // H_0 … H_{n−2}; the last diagonal entry of R needs none
    for (int k0 = 0; k0 < reflectors; k0 += block) {
      int k1 = Math.min(k0 + block, reflectors);
      // The panel: reflectors k0 … k1 − 1, each applied to the panel's later columns as soon as it is known.
      for (int k = k0; k < k1; k++) {
        householder(a, n, k, beta, sign);
        for (int j = k + 1; j < k1; j++) {
          reflect(a, n, k, beta[k], a, j);
        }
      }
      // The trailing columns, each receiving the panel's reflectors in order.
      for (int j = k1; j < n; j++) {
        for (int k = k0; k < k1; k++) {
          reflect(a, n, k, beta[k], a, j);
        }
      }
    }
    sign[n - 1] = a[(n - 1) * n + n - 1] >= 0 ? 1 : -1;

    // Q = H_0 H_1 ⋯ H_{n−2} D, D = diag(sign(R_kk)), accumulated backwards into m (column-major): column j
    // receives H_k for k ≤ j in decreasing k. (Before H_k, the columns j < k of m are still sign_j e_j, which
    // H_k, acting on rows k … n−1, leaves alone.)
    double[] m = new double[n * n];
    for (int j = 0; j < n; j++) {
      m[j * n + j] = sign[j];
    }
    for (int k1 = reflectors; k1 > 0; k1 -= block) {
      int k0 = Math.max(0, k1 - block);
      for (int j = k0; j < n; j++) {
        for (int k = Math.min(j, k1 - 1); k >= k0; k--) {
          reflect(a, n, k, beta[k], m, j);
        }
      }
    }
    // Row-major Q: a no longer needed, reused.
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = m[j * n + i];
      }
    }
    return new DenseOrthogonal(n, a);
  }

  /**
   * Turns column k of {@code a} (rows k … n−1, already updated by H_0 … H_{k−1}) into the reflector u_k with
   * H_k x = α e_k, storing β_k = 2/‖u_k‖² and the sign of R_kk = α.
   */
  private static void householder(double[] a, int n, int k, double[] beta, double[] sign) {
    int start = k * n + k;
    int length = n - k;
    double norm = Math.sqrt(dot(a, start, a, start, length));
    if (norm == 0) {
      // A zero column (probability 0): R_kk = 0, no reflector.
      beta[k] = 0;
      sign[k] = 1;
      return;
    }
    double x0 = a[start];
    double alpha = x0 >= 0 ? -norm : norm; // R_kk, of the sign that avoids cancellation in u = x − α e_k
    a[start] = x0 - alpha;
    beta[k] = 2 / dot(a, start, a, start, length);
    sign[k] = alpha > 0 ? 1 : -1;
  }

  /** Column j of {@code target} ← H_k (column j), H_k's vector being column k of {@code u} from row k. */
  private static void reflect(double[] u, int n, int k, double betaK, double[] target, int j) {
    if (betaK == 0) {
      return;
    }
    int uStart = k * n + k;
    int tStart = j * n + k;
    int length = n - k;
    double s = betaK * dot(u, uStart, target, tStart, length);
    axpy(-s, u, uStart, target, tStart, length);
  }

  @Override
  public int dimension() {
    return n;
  }

  @Override
  public void multiply(double[] w, double[] out) {
    for (int i = 0; i < n; i++) {
      out[i] = dot(q, i * n, w, 0, n);
    }
  }

  @Override
  public void multiplyTranspose(double[] v, double[] out) {
    for (int j = 0; j < n; j++) {
      out[j] = 0;
    }
    for (int i = 0; i < n; i++) {
      axpy(v[i], q, i * n, out, 0, n);
    }
  }

  @Override
  public void column(int i, double[] out) {
    for (int r = 0; r < n; r++) {
      out[r] = q[r * n + i];
    }
  }

  @Override
  public long storedDoubles() {
    return q.length;
  }

  /**
   * Σ x[xOff + t] y[yOff + t] over t &lt; length, with four partial sums: a single running sum is limited by
   * the latency of floating-point addition. Deterministic (Java does not reorder floating-point operations).
   */
  private static double dot(double[] x, int xOff, double[] y, int yOff, int length) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int t = 0;
    for (; t + 3 < length; t += 4) {
      s0 += x[xOff + t] * y[yOff + t];
      s1 += x[xOff + t + 1] * y[yOff + t + 1];
      s2 += x[xOff + t + 2] * y[yOff + t + 2];
      s3 += x[xOff + t + 3] * y[yOff + t + 3];
    }
    for (; t < length; t++) {
      s0 += x[xOff + t] * y[yOff + t];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** y[yOff + t] += a x[xOff + t] over t &lt; length. */
  private static void axpy(double a, double[] x, int xOff, double[] y, int yOff, int length) {
    for (int t = 0; t < length; t++) {
      y[yOff + t] += a * x[xOff + t];
    }
  }
}
