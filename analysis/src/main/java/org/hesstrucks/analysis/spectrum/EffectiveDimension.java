package org.hesstrucks.analysis.spectrum;

/**
 * Effective dimensionality N_eff(z) = Σᵢ λᵢ / (λᵢ + z) (MacKay 1992; Maddox, Benton and Wilson 2020) over
 * the eigenvalues given; negative eigenvalues, which a Hessian away from a minimum has, are clipped to 0.
 */
public final class EffectiveDimension {
  private EffectiveDimension() {}

  /**
   * @param eigenvalues not modified
   * @param z > 0
   */
  public static double of(double[] eigenvalues, double z) {
    if (!(z > 0)) {
      throw new IllegalArgumentException("z must be positive, got " + z);
    }
    double sum = 0;
    for (double lambda : eigenvalues) {
      double l = Math.max(0, lambda);
      sum += l / (l + z);
    }
    return sum;
  }
}
