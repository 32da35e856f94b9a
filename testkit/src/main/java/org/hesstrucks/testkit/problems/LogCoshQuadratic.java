package org.hesstrucks.testkit.problems;

import java.util.EnumSet;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.testkit.ContractQuadratic;

/**
 * A strongly convex, ill-conditioned, non-quadratic function with a known minimiser, for rate tests:
 * f(x) = ½(x − x*)ᵀA(x − x*) + Σᵢ log cosh(xᵢ − x*ᵢ), where A and x* are those of
 * {@link ContractQuadratic}{@code (n, κ, seed)} (eigenvalues log-spaced in [1, κ], a seeded rotation).
 * Both terms are ≥ 0 and vanish only at x*, so the minimum is 0 at x*. The Hessian A + diag(sech²(xᵢ − x*ᵢ))
 * lies between I and (κ + 1)I: strongly convex with modulus 1, condition number at most κ + 1. Far from x*
 * the log cosh term is nearly linear, near x* nearly quadratic, so Newton's method is not exact in one step.
 */
public final class LogCoshQuadratic implements Objective {
  private static final double LOG_2 = Math.log(2);

  private final ContractQuadratic quadratic;
  private final double[] minimizer;
  private final int n;

  /**
   * @param n the dimension
   * @param conditionNumber κ of A
   * @param seed fixes A's rotation and x*
   */
  public LogCoshQuadratic(int n, double conditionNumber, long seed) {
    this.quadratic = new ContractQuadratic(n, conditionNumber, seed);
    this.minimizer = quadratic.minimizer();
    this.n = n;
  }

  /** x*, a copy. */
  public double[] minimizer() {
    return minimizer.clone();
  }

  /** log cosh t, without overflow for large |t|. */
  static double logCosh(double t) {
    double a = Math.abs(t);
    return a + Math.log1p(Math.exp(-2 * a)) - LOG_2;
  }

  @Override
  public int dimension() {
    return n;
  }

  @Override
  public double value(double[] x) {
    double f = quadratic.value(x);
    for (int i = 0; i < n; i++) {
      f += logCosh(x[i] - minimizer[i]);
    }
    return f;
  }

  @Override
  public double valueAndGradient(double[] x, double[] gradientOut) {
    double f = quadratic.valueAndGradient(x, gradientOut);
    for (int i = 0; i < n; i++) {
      double u = x[i] - minimizer[i];
      f += logCosh(u);
      gradientOut[i] += Math.tanh(u);
    }
    return f;
  }

  @Override
  public Set<CurvatureMode> curvatureModes() {
    return EnumSet.of(CurvatureMode.EXACT, CurvatureMode.FORWARD_DIFFERENCE, CurvatureMode.CENTRAL_DIFFERENCE);
  }

  @Override
  public CurvatureOperator curvatureAt(double[] x, double[] gradientAtX, CurvatureMode mode) {
    if (mode != CurvatureMode.EXACT) {
      return Objective.super.curvatureAt(x, gradientAtX, mode);
    }
    if (x.length != n) {
      throw new IllegalArgumentException("point has length " + x.length + ", objective has dimension " + n);
    }
    CurvatureOperator a = quadratic.curvatureAt(x, gradientAtX, CurvatureMode.EXACT);
    double[] diagonal = new double[n];
    for (int i = 0; i < n; i++) {
      double t = Math.tanh(x[i] - minimizer[i]);
      diagonal[i] = 1 - t * t;
    }
    return new CurvatureOperator() {
      @Override
      public int dimension() {
        return n;
      }

      @Override
      public CurvatureMode mode() {
        return CurvatureMode.EXACT;
      }

      @Override
      public void apply(double[] v, double[] out) {
        a.apply(v, out);
        for (int i = 0; i < n; i++) {
          out[i] += diagonal[i] * v[i];
        }
      }
    };
  }
}
