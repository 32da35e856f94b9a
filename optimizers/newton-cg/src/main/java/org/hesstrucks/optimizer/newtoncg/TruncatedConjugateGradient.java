package org.hesstrucks.optimizer.newtoncg;

import org.hesstrucks.curvature.CurvatureOperator;

/**
 * The inner loop of Nocedal &amp; Wright Algorithm 7.1: conjugate gradients on (B + λI)z = −g from z₀ = 0,
 * with the draft's bugs fixed (reference/ERRATA.md): zⱼ₊₁ = zⱼ + αⱼdⱼ; dⱼᵀ(B + λI)dⱼ ≤ 0 ends the loop with
 * −g at j = 0 and zⱼ after; ‖rⱼ₊₁‖ &lt; ε ends it with zⱼ₊₁; and at most {@code maxIterations} products are
 * made. Buffers are allocated once, in the constructor; {@link #solve} does not allocate.
 *
 * <p>Besides the direction it reports pᵀ(B + λI)p, which the optimizer needs for the predicted decrease of
 * Levenberg–Marquardt damping, at no extra product: for a CG iterate, r = (B + λI)z + g gives
 * zᵀ(B + λI)z = zᵀ(r − g); for −g it is the curvature just computed.
 */
public final class TruncatedConjugateGradient {
  private final double[] z;
  private final double[] r;
  private final double[] d;
  private final double[] bd;
  private int iterations;
  private double residualNorm;
  private double curvature;

  /** Buffers for an n-dimensional problem. */
  public TruncatedConjugateGradient(int dimension) {
    z = new double[dimension];
    r = new double[dimension];
    d = new double[dimension];
    bd = new double[dimension];
  }

  /**
   * Runs truncated CG.
   *
   * @param operator B; applied at most {@code maxIterations} times
   * @param gradient g, not zero; not modified
   * @param lambda λ ≥ 0, added to B
   * @param tolerance ε: the loop ends once ‖r‖ &lt; ε
   * @param maxIterations the cap on products, ≥ 1
   * @return why it ended; the direction is {@link #direction()} unless {@link CgExit#NON_FINITE}
   */
  public CgExit solve(CurvatureOperator operator, double[] gradient, double lambda, double tolerance,
      int maxIterations) {
    int n = z.length;
    double rr = 0;
    for (int i = 0; i < n; i++) {
      z[i] = 0;
      r[i] = gradient[i];
      d[i] = -gradient[i];
      rr += gradient[i] * gradient[i];
    }
    iterations = 0;
    residualNorm = Math.sqrt(rr);
    curvature = Double.NaN;
    for (int j = 0; j < maxIterations; j++) {
      operator.apply(d, bd);
      iterations++;
      double dBd = 0;
      for (int i = 0; i < n; i++) {
        bd[i] += lambda * d[i];
        dBd += d[i] * bd[i];
      }
      if (!Double.isFinite(dBd)) {
        return CgExit.NON_FINITE;
      }
      if (dBd <= 0) {
        if (j == 0) {
          for (int i = 0; i < n; i++) {
            z[i] = -gradient[i];
          }
          curvature = dBd;
        } else {
          curvature = iterateCurvature(gradient);
        }
        return CgExit.NEGATIVE_CURVATURE;
      }
      double alpha = rr / dBd;
      double rrNext = 0;
      for (int i = 0; i < n; i++) {
        z[i] += alpha * d[i];
        r[i] += alpha * bd[i];
        rrNext += r[i] * r[i];
      }
      residualNorm = Math.sqrt(rrNext);
      if (!Double.isFinite(rrNext)) {
        return CgExit.NON_FINITE;
      }
      if (residualNorm < tolerance) {
        curvature = iterateCurvature(gradient);
        return CgExit.CONVERGED;
      }
      double beta = rrNext / rr;
      for (int i = 0; i < n; i++) {
        d[i] = -r[i] + beta * d[i];
      }
      rr = rrNext;
    }
    curvature = iterateCurvature(gradient);
    return CgExit.MAX_ITERATIONS;
  }

  private double iterateCurvature(double[] gradient) {
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      sum += z[i] * (r[i] - gradient[i]);
    }
    return sum;
  }

  /** The direction p of the last solve. Owned by this object; read it, copy it, do not keep it. */
  public double[] direction() {
    return z;
  }

  /** Products made by the last solve (including the one that found non-positive curvature). */
  public int iterations() {
    return iterations;
  }

  /** ‖r‖ = ‖(B + λI)z + g‖ of the last iterate, by the CG recurrence (‖g‖ when no step was taken). */
  public double residualNorm() {
    return residualNorm;
  }

  /** pᵀ(B + λI)p for the returned direction p; NaN after {@link CgExit#NON_FINITE}. */
  public double curvature() {
    return curvature;
  }
}
