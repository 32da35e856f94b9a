package org.hesstrucks.probe.nullspace;

import org.hesstrucks.analysis.probing.ProbeBatches;
import org.hesstrucks.analysis.spectrum.NumericalRank;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;

/**
 * Options of the {@code null-space} probe.
 *
 * @param k eigenvalues examined; default {@value #DEFAULT_K}
 * @param lanczosSteps Lanczos steps m ≥ k; default max(2k, k + 20); clamped to the parameter count
 * @param tolerance an eigenvalue counts toward the rank when above tolerance × the largest; default
 *     {@link NumericalRank#DEFAULT_TOLERANCE}; in [0, 1)
 * @param mode the curvature; default {@code gauss-newton}
 * @param batch {@code "full"} (default) or a sample count drawn once per run from its seed
 */
public record NullSpaceConfig(Integer k, Integer lanczosSteps, Double tolerance, CurvatureMode mode, Object batch) {
  public static final int DEFAULT_K = 50;

  public NullSpaceConfig {
    k = k == null ? DEFAULT_K : ConfigException.requirePositive("k", k);
    lanczosSteps = lanczosSteps == null ? Math.max(2 * k, k + 20)
        : ConfigException.requirePositive("lanczosSteps", lanczosSteps);
    if (lanczosSteps < k) {
      throw new ConfigException("lanczosSteps", "an integer ≥ k = " + k, lanczosSteps);
    }
    tolerance = tolerance == null ? NumericalRank.DEFAULT_TOLERANCE : tolerance;
    if (!(tolerance >= 0 && tolerance < 1)) {
      throw new ConfigException("tolerance", "a number in [0, 1)", tolerance);
    }
    mode = mode == null ? CurvatureMode.GAUSS_NEWTON : mode;
    batch = ProbeBatches.validate("batch", batch);
  }

  /** Every default. */
  public static NullSpaceConfig defaults() {
    return new NullSpaceConfig(null, null, null, null, null);
  }
}
