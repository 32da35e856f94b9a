package org.hesstrucks.testkit.problems;

import java.util.EnumSet;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.objective.Objective;

/**
 * f(x) = Σᵢ rᵢ(x)², the form Moré, Garbow &amp; Hillstrom state their problems in (no factor ½). A subclass
 * gives the residuals r, products with the Jacobian J and its transpose, and Σᵢ wᵢ∇²rᵢ(x)v; this class
 * derives ∇f = 2Jᵀr, the exact Hessian-vector product H v = 2Jᵀ(Jv) + 2Σᵢ rᵢ∇²rᵢ v and the Gauss-Newton
 * product G v = 2Jᵀ(Jv). Offers all four curvature modes. Value and gradient do not allocate.
 */
public abstract class SumOfSquares implements Objective {
  private final int n;
  private final int m;
  private final double[] residuals;

  /**
   * @param n the number of variables
   * @param m the number of residuals
   */
  protected SumOfSquares(int n, int m) {
    this.n = n;
    this.m = m;
    this.residuals = new double[m];
  }

  /** The number m of residuals. */
  public final int residualCount() {
    return m;
  }

  /** Writes r(x) (length m) into {@code out}. */
  protected abstract void residuals(double[] x, double[] out);

  /** Writes J(x) v (length m) into {@code out}; v has length n. */
  protected abstract void jacobianTimes(double[] x, double[] v, double[] out);

  /** Writes J(x)ᵀ w (length n) into {@code out}; w has length m. */
  protected abstract void jacobianTransposeTimes(double[] x, double[] w, double[] out);

  /** Adds Σᵢ wᵢ ∇²rᵢ(x) v (length n) to {@code out}. */
  protected abstract void addWeightedResidualHessians(double[] x, double[] w, double[] v, double[] out);

  @Override
  public final int dimension() {
    return n;
  }

  @Override
  public final double value(double[] x) {
    residuals(x, residuals);
    double sum = 0;
    for (int i = 0; i < m; i++) {
      sum += residuals[i] * residuals[i];
    }
    return sum;
  }

  @Override
  public final double valueAndGradient(double[] x, double[] gradientOut) {
    double f = value(x);
    jacobianTransposeTimes(x, residuals, gradientOut);
    for (int j = 0; j < n; j++) {
      gradientOut[j] *= 2;
    }
    return f;
  }

  @Override
  public Set<CurvatureMode> curvatureModes() {
    return EnumSet.allOf(CurvatureMode.class);
  }

  @Override
  public CurvatureOperator curvatureAt(double[] x, double[] gradientAtX, CurvatureMode mode) {
    if (mode.isFiniteDifference()) {
      return Objective.super.curvatureAt(x, gradientAtX, mode);
    }
    if (x.length != n) {
      throw new IllegalArgumentException("point has length " + x.length + ", objective has dimension " + n);
    }
    double[] point = x.clone();
    double[] r = new double[m];
    residuals(point, r);
    double[] jv = new double[m];
    boolean exact = mode == CurvatureMode.EXACT;
    return new CurvatureOperator() {
      @Override
      public int dimension() {
        return n;
      }

      @Override
      public CurvatureMode mode() {
        return mode;
      }

      @Override
      public void apply(double[] v, double[] out) {
        jacobianTimes(point, v, jv);
        jacobianTransposeTimes(point, jv, out);
        if (exact) {
          addWeightedResidualHessians(point, r, v, out);
        }
        for (int j = 0; j < n; j++) {
          out[j] *= 2;
        }
      }
    };
  }
}
