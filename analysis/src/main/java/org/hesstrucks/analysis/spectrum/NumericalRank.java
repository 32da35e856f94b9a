package org.hesstrucks.analysis.spectrum;

/**
 * The numerical rank from eigenvalues: the number with |λᵢ| > tolerance · max |λ|. With eigenvalues from
 * Lanczos, which are accurate to about 1e-8 · ‖B‖₂ or better once converged, a relative tolerance of
 * {@link #DEFAULT_TOLERANCE} separates rounding from signal.
 */
public final class NumericalRank {
  /** Well above the accuracy of converged Ritz values (≈ 1e-8 ‖B‖₂) and of finite-difference products. */
  public static final double DEFAULT_TOLERANCE = 1e-6;

  private NumericalRank() {}

  /**
   * @param eigenvalues any order; not modified
   * @param tolerance relative, in [0, 1)
   */
  public static int of(double[] eigenvalues, double tolerance) {
    if (!(tolerance >= 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be in [0, 1), got " + tolerance);
    }
    double max = 0;
    for (double lambda : eigenvalues) {
      max = Math.max(max, Math.abs(lambda));
    }
    int rank = 0;
    for (double lambda : eigenvalues) {
      if (Math.abs(lambda) > tolerance * max && max > 0) {
        rank++;
      }
    }
    return rank;
  }
}
