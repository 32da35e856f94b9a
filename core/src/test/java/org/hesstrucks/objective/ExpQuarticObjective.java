package org.hesstrucks.objective;

import java.util.EnumSet;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;

/**
 * Test objective with a non-quadratic Hessian that changes with x:
 * f(x) = Σ exp(aᵢxᵢ) + s⁴/4 with s = Σxᵢ.
 *
 * <ul>
 *   <li>∇f(x)ᵢ = aᵢ exp(aᵢxᵢ) + s³</li>
 *   <li>(H(x) v)ᵢ = aᵢ² exp(aᵢxᵢ) vᵢ + 3 s² Σⱼvⱼ</li>
 * </ul>
 * Offers the exact product (from the closed form above) besides the finite-difference modes, counts its
 * evaluations, and reports a configurable sample count so cost tests can check per-sample charging.
 */
public final class ExpQuarticObjective implements Objective {
  private final double[] a;
  private final int samples;
  private int valueCalls;
  private int gradientCalls;
  private int hessianVectorCalls;

  public ExpQuarticObjective(double[] a, int samples) {
    this.a = a.clone();
    this.samples = samples;
  }

  public ExpQuarticObjective(double... a) {
    this(a, 1);
  }

  public int valueCalls() {
    return valueCalls;
  }

  public int gradientCalls() {
    return gradientCalls;
  }

  public int hessianVectorCalls() {
    return hessianVectorCalls;
  }

  @Override
  public int dimension() {
    return a.length;
  }

  @Override
  public int sampleCount() {
    return samples;
  }

  @Override
  public double value(double[] x) {
    valueCalls++;
    return evaluate(x);
  }

  private double evaluate(double[] x) {
    double s = sum(x);
    double f = s * s * s * s / 4;
    for (int i = 0; i < a.length; i++) {
      f += Math.exp(a[i] * x[i]);
    }
    return f;
  }

  @Override
  public double valueAndGradient(double[] x, double[] gradientOut) {
    gradientCalls++;
    double s = sum(x);
    for (int i = 0; i < a.length; i++) {
      gradientOut[i] = a[i] * Math.exp(a[i] * x[i]) + s * s * s;
    }
    return evaluate(x);
  }

  /** The closed-form H(x) v, written into {@code out}; not counted. */
  public void hessianTimes(double[] x, double[] v, double[] out) {
    double s = sum(x);
    double vSum = sum(v);
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] * a[i] * Math.exp(a[i] * x[i]) * v[i] + 3 * s * s * vSum;
    }
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
    double[] point = x.clone();
    return new CurvatureOperator() {
      @Override
      public int dimension() {
        return point.length;
      }

      @Override
      public CurvatureMode mode() {
        return CurvatureMode.EXACT;
      }

      @Override
      public void apply(double[] v, double[] out) {
        hessianVectorCalls++;
        hessianTimes(point, v, out);
      }
    };
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }
}
