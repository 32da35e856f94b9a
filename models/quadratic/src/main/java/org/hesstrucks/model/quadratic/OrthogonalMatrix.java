package org.hesstrucks.model.quadratic;

import java.util.Random;

/**
 * The orthogonal factor Q of A = Q diag(λ) Qᵀ, applied without allocation. Immutable after construction, so one
 * instance may be shared by every operator of a model.
 */
sealed interface OrthogonalMatrix permits DenseOrthogonal, HouseholderReflectors, IdentityOrthogonal {
  /** The dimension n. */
  int dimension();

  /**
   * out ← Q w.
   *
   * @param w length n; not modified
   * @param out length n, not the same array as {@code w}; modified
   */
  void multiply(double[] w, double[] out);

  /**
   * out ← Qᵀ v.
   *
   * @param v length n; not modified
   * @param out length n, not the same array as {@code v}; modified
   */
  void multiplyTranspose(double[] v, double[] out);

  /**
   * out ← Q eᵢ, the i-th column of Q.
   *
   * @param out length n; modified
   */
  void column(int i, double[] out);

  /** The number of doubles this matrix holds, for memory accounting. */
  long storedDoubles();

  /**
   * Builds the rotation of {@code kind} (resolved, not {@link Rotation#AUTO}) from {@code random}.
   *
   * @param reflectors the number of reflectors of {@link Rotation#HOUSEHOLDER}; ignored otherwise
   */
  static OrthogonalMatrix create(Rotation kind, int n, int reflectors, Random random) {
    switch (kind) {
      case DENSE:
        return DenseOrthogonal.haar(n, random);
      case HOUSEHOLDER:
        return HouseholderReflectors.gaussian(n, reflectors, random);
      case NONE:
        return new IdentityOrthogonal(n);
      default:
        throw new IllegalArgumentException("resolve rotation " + kind + " before building it");
    }
  }
}
