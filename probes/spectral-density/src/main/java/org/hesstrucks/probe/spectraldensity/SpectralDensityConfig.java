package org.hesstrucks.probe.spectraldensity;

import org.hesstrucks.analysis.probing.ProbeBatches;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;

/**
 * Options of the {@code spectral-density} probe.
 *
 * @param starts random Rademacher starts; default {@value #DEFAULT_STARTS}
 * @param steps Lanczos steps per start; default {@value #DEFAULT_STEPS}; clamped to the parameter count
 * @param sigma the Gaussian smoothing width, in eigenvalue units; default {@value #DEFAULT_SIGMA}
 * @param gridPoints evenly spaced points from the smallest node − 3σ to the largest + 3σ; default
 *     {@value #DEFAULT_GRID_POINTS}
 * @param mode the curvature: {@code exact} (default), {@code gauss-newton}, or a finite-difference mode
 * @param batch {@code "full"} (default) or a sample count drawn once per run from its seed
 */
public record SpectralDensityConfig(Integer starts, Integer steps, Double sigma, Integer gridPoints,
    CurvatureMode mode, Object batch) {
  public static final int DEFAULT_STARTS = 4;
  public static final int DEFAULT_STEPS = 40;
  public static final double DEFAULT_SIGMA = 0.01;
  public static final int DEFAULT_GRID_POINTS = 200;

  public SpectralDensityConfig {
    starts = starts == null ? DEFAULT_STARTS : ConfigException.requirePositive("starts", starts);
    steps = steps == null ? DEFAULT_STEPS : ConfigException.requirePositive("steps", steps);
    sigma = sigma == null ? DEFAULT_SIGMA : ConfigException.requirePositive("sigma", sigma);
    gridPoints = gridPoints == null ? DEFAULT_GRID_POINTS : gridPoints;
    if (gridPoints < 2) {
      throw new ConfigException("gridPoints", "an integer ≥ 2", gridPoints);
    }
    mode = mode == null ? CurvatureMode.EXACT : mode;
    batch = ProbeBatches.validate("batch", batch);
  }

  /** Every default. */
  public static SpectralDensityConfig defaults() {
    return new SpectralDensityConfig(null, null, null, null, null, null);
  }
}
