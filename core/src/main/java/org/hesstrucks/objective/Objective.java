package org.hesstrucks.objective;

import java.util.EnumSet;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.curvature.FiniteDifferenceCurvature;
import org.hesstrucks.curvature.UnsupportedCurvatureModeException;

/**
 * A twice-differentiable function f: ℝⁿ → ℝ on a flat parameter vector.
 *
 * <p>Implementations never keep a reference to {@code x} between calls and write results into caller-owned
 * arrays; they allocate in constructors, not per call. They need not be thread-safe: one objective serves
 * one run.
 */
public interface Objective {
  /** The number n of parameters. */
  int dimension();

  /**
   * Returns f(x).
   *
   * @param x the point; not modified
   */
  double value(double[] x);

  /**
   * Returns f(x) and writes ∇f(x) into {@code gradientOut}.
   *
   * @param x the point; not modified
   * @param gradientOut length n; modified
   */
  double valueAndGradient(double[] x, double[] gradientOut);

  /**
   * The number of samples one evaluation touches: the batch size for an objective on data, 1 for a
   * function without data. Cost counters charge each evaluation this many samples.
   */
  default int sampleCount() {
    return 1;
  }

  /**
   * The curvature modes {@link #curvatureAt} accepts. Every objective offers the two finite-difference
   * modes; an objective overrides this when it has exact or Gauss-Newton products.
   */
  default Set<CurvatureMode> curvatureModes() {
    return EnumSet.of(CurvatureMode.FORWARD_DIFFERENCE, CurvatureMode.CENTRAL_DIFFERENCE);
  }

  /**
   * Builds the curvature operator at {@code x}: H(x) for {@link CurvatureMode#EXACT}, the Gauss-Newton
   * matrix for {@link CurvatureMode#GAUSS_NEWTON}, or a finite-difference Hessian-vector product. The
   * operator copies {@code x} and caches what its products reuse, so it is built once and applied many times
   * (by CG or Lanczos).
   *
   * @param x the point; not modified, copied
   * @param gradientAtX ∇f(x) when the caller already has it, else {@code null}; a forward-difference
   *     operator then costs no extra gradient to build. Not modified, copied.
   * @param mode which curvature
   * @throws UnsupportedCurvatureModeException if {@code mode} is not in {@link #curvatureModes()}
   */
  default CurvatureOperator curvatureAt(double[] x, double[] gradientAtX, CurvatureMode mode) {
    switch (mode) {
      case FORWARD_DIFFERENCE:
        return FiniteDifferenceCurvature.forward(this, x, gradientAtX);
      case CENTRAL_DIFFERENCE:
        return FiniteDifferenceCurvature.central(this, x);
      default:
        throw new UnsupportedCurvatureModeException(mode, curvatureModes());
    }
  }

  /** Same as {@link #curvatureAt(double[], double[], CurvatureMode)} without a known gradient. */
  default CurvatureOperator curvatureAt(double[] x, CurvatureMode mode) {
    return curvatureAt(x, null, mode);
  }
}
