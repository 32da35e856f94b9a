package org.hesstrucks.model.quadratic;

import java.util.Arrays;
import java.util.Random;

/**
 * Q = H₀ H₁ ⋯ H_{k−1} with Hᵢ = I − βᵢ uᵢuᵢᵀ, βᵢ = 2/‖uᵢ‖², and standard Gaussian uᵢ. Each reflector is applied
 * in place in O(n) (a dot product and an update), so a product with Q or Qᵀ costs O(kn) and the matrix holds
 * k n + k doubles.
 */
final class HouseholderReflectors implements OrthogonalMatrix {
  private final int n;
  private final double[][] u;
  private final double[] beta;

  private HouseholderReflectors(int n, double[][] u, double[] beta) {
    this.n = n;
    this.u = u;
    this.beta = beta;
  }

  /** k reflectors with standard Gaussian vectors drawn from {@code random}, u₀ first, entry by entry. */
  static HouseholderReflectors gaussian(int n, int k, Random random) {
    double[][] u = new double[k][n];
    double[] beta = new double[k];
    for (int r = 0; r < k; r++) {
      double[] ur = u[r];
      double squaredNorm = 0;
      for (int j = 0; j < n; j++) {
        double g = random.nextGaussian();
        ur[j] = g;
        squaredNorm += g * g;
      }
      // A zero vector (probability 0) stands for the identity rather than a division by zero.
      beta[r] = squaredNorm == 0 ? 0 : 2 / squaredNorm;
    }
    return new HouseholderReflectors(n, u, beta);
  }

  @Override
  public int dimension() {
    return n;
  }

  @Override
  public void multiply(double[] w, double[] out) {
    System.arraycopy(w, 0, out, 0, n);
    for (int r = u.length - 1; r >= 0; r--) {
      reflect(r, out);
    }
  }

  @Override
  public void multiplyTranspose(double[] v, double[] out) {
    System.arraycopy(v, 0, out, 0, n);
    for (int r = 0; r < u.length; r++) {
      reflect(r, out);
    }
  }

  @Override
  public void column(int i, double[] out) {
    Arrays.fill(out, 0, n, 0);
    out[i] = 1;
    for (int r = u.length - 1; r >= 0; r--) {
      reflect(r, out);
    }
  }

  /** y ← Hᵣ y in place. */
  private void reflect(int r, double[] y) {
    double[] ur = u[r];
    double dot = 0;
    for (int j = 0; j < n; j++) {
      dot += ur[j] * y[j];
    }
    double s = beta[r] * dot;
    for (int j = 0; j < n; j++) {
      y[j] -= s * ur[j];
    }
  }

  @Override
  public long storedDoubles() {
    return (long) u.length * n + beta.length;
  }
}
