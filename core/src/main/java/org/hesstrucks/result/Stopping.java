package org.hesstrucks.result;

import org.hesstrucks.core.ConfigException;

/**
 * When a cell has converged, judged on the full training objective at checkpoints (never on a mini-batch).
 *
 * @param gradientNorm stop when ‖∇f‖ ≤ this; null for no absolute test
 * @param relativeGradientNorm stop when ‖∇f‖ ≤ this · ‖∇f(θ₀)‖; null for no relative test
 * @param targetLoss stop when f ≤ this; null for none
 * @param divergenceFactor the cell diverged when f &gt; this · max(|f(θ₀)|, 1); default 1e6
 * @param targetAccuracy stop when the held-out accuracy (a model's "accuracy" metric) is ≥ this; null for none
 */
public record Stopping(Double gradientNorm, Double relativeGradientNorm, Double targetLoss, Double divergenceFactor,
    Double targetAccuracy) {
  /** Without a target accuracy. */
  public Stopping(Double gradientNorm, Double relativeGradientNorm, Double targetLoss, Double divergenceFactor) {
    this(gradientNorm, relativeGradientNorm, targetLoss, divergenceFactor, null);
  }

  public Stopping {
    if (targetAccuracy != null && !(targetAccuracy > 0 && targetAccuracy <= 1)) {
      throw new ConfigException("targetAccuracy", "a number in (0, 1]", targetAccuracy);
    }
    if (gradientNorm != null) {
      ConfigException.requirePositive("gradientNorm", gradientNorm);
    }
    if (relativeGradientNorm != null) {
      ConfigException.requirePositive("relativeGradientNorm", relativeGradientNorm);
    }
    if (targetLoss != null && !Double.isFinite(targetLoss)) {
      throw new ConfigException("targetLoss", "a finite number", targetLoss);
    }
    divergenceFactor = divergenceFactor == null ? 1e6 : divergenceFactor;
    if (!(divergenceFactor > 1) || Double.isInfinite(divergenceFactor)) {
      throw new ConfigException("divergenceFactor", "a finite number > 1", divergenceFactor);
    }
  }

  /** No convergence test, default divergence test. */
  public static Stopping none() {
    return new Stopping(null, null, null, null, null);
  }
}
