package org.hesstrucks.probe.hessiantopk;

import org.hesstrucks.analysis.probing.ProbeBatches;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;

/**
 * Options of the {@code hessian-top-k} probe.
 *
 * @param k eigenpairs wanted; default {@value #DEFAULT_K}; more than the parameter count is an error value
 *     at run time
 * @param lanczosSteps Lanczos steps m ≥ k; default max(2k, k + 20); clamped to the parameter count
 * @param mode the curvature: {@code exact} (default), {@code gauss-newton}, or a finite-difference mode
 * @param batch {@code "full"} (default) or a sample count drawn once per run from its seed
 */
public record HessianTopKConfig(Integer k, Integer lanczosSteps, CurvatureMode mode, Object batch) {
  public static final int DEFAULT_K = 10;

  public HessianTopKConfig {
    k = k == null ? DEFAULT_K : ConfigException.requirePositive("k", k);
    lanczosSteps = lanczosSteps == null ? Math.max(2 * k, k + 20)
        : ConfigException.requirePositive("lanczosSteps", lanczosSteps);
    if (lanczosSteps < k) {
      throw new ConfigException("lanczosSteps", "an integer ≥ k = " + k, lanczosSteps);
    }
    mode = mode == null ? CurvatureMode.EXACT : mode;
    batch = ProbeBatches.validate("batch", batch);
  }

  /** Every default. */
  public static HessianTopKConfig defaults() {
    return new HessianTopKConfig(null, null, null, null);
  }
}
