package org.hesstrucks.optimizer.eigennewton;

import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.linesearch.LineSearchSpec;

/**
 * Options of eigenspace Newton.
 *
 * @param lineSearch the search along p; default backtracking Armijo from α = 1
 * @param curvature the curvature whose eigenpairs are used: {@code exact} (default), {@code gauss-newton}, or
 *     a finite-difference mode
 * @param k eigenpairs of largest |λ| in V; default {@value #DEFAULT_K}; clamped to the dimension
 * @param lanczosSteps Lanczos steps m ≥ k + 1 per refresh; default max(2k + 2, k + 21)
 * @param refreshEvery T, the steps between eigenpair refreshes; default {@value #DEFAULT_REFRESH_EVERY}
 * @param damping δ relative to |λ₁| (δ = damping · |λ₁|) in (|Λ| + δI)⁻¹; default
 *     {@value #DEFAULT_DAMPING}; ≥ 0
 */
public record EigenNewtonConfig(LineSearchSpec lineSearch, CurvatureMode curvature, Integer k, Integer lanczosSteps,
    Integer refreshEvery, Double damping) {
  public static final int DEFAULT_K = 10;
  public static final int DEFAULT_REFRESH_EVERY = 5;
  public static final double DEFAULT_DAMPING = 1e-8;

  public EigenNewtonConfig {
    lineSearch = lineSearch == null ? LineSearchSpec.backtracking() : lineSearch;
    curvature = curvature == null ? CurvatureMode.EXACT : curvature;
    k = k == null ? DEFAULT_K : ConfigException.requirePositive("k", k);
    lanczosSteps = lanczosSteps == null ? Math.max(2 * k + 2, k + 21)
        : ConfigException.requirePositive("lanczosSteps", lanczosSteps);
    if (lanczosSteps < k + 1) {
      throw new ConfigException("lanczosSteps", "an integer ≥ k + 1 = " + (k + 1), lanczosSteps);
    }
    refreshEvery = refreshEvery == null ? DEFAULT_REFRESH_EVERY
        : ConfigException.requirePositive("refreshEvery", refreshEvery);
    damping = damping == null ? DEFAULT_DAMPING : damping;
    if (!(damping >= 0 && Double.isFinite(damping))) {
      throw new ConfigException("damping", "a finite number ≥ 0", damping);
    }
  }

  /** Every default. */
  public static EigenNewtonConfig defaults() {
    return new EigenNewtonConfig(null, null, null, null, null, null);
  }
}
