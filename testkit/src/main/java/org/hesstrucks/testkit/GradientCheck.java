package org.hesstrucks.testkit;

import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;

/**
 * Finite-difference checks of gradients and curvature products, as relative errors ‖a − b‖ / max(‖a‖, ‖b‖, tiny).
 */
public final class GradientCheck {
  private GradientCheck() {}

  /**
   * The relative error between ∇f(x) and the central-difference gradient, component by component with step
   * h_i = ε^{1/3}·max(1, |x_i|).
   */
  public static double gradientError(Objective f, double[] x) {
    int n = f.dimension();
    double[] g = new double[n];
    f.valueAndGradient(x, g);
    double[] numeric = new double[n];
    double[] probe = x.clone();
    for (int i = 0; i < n; i++) {
      double h = Math.cbrt(Math.ulp(1.0)) * Math.max(1, Math.abs(x[i]));
      probe[i] = x[i] + h;
      double plus = f.value(probe);
      probe[i] = x[i] - h;
      double minus = f.value(probe);
      probe[i] = x[i];
      numeric[i] = (plus - minus) / (2 * h);
    }
    return relativeError(g, numeric);
  }

  /**
   * The relative error between B v and the central difference of gradients along v, with the step
   * h = ε^{1/3}(1 + ‖x‖)/‖v‖.
   */
  public static double productError(Objective f, CurvatureOperator operator, double[] x, double[] v) {
    int n = f.dimension();
    double[] product = new double[n];
    operator.apply(v, product);
    double h = Math.cbrt(Math.ulp(1.0)) * (1 + Vectors.norm2(x)) / Vectors.norm2(v);
    double[] plus = new double[n];
    double[] minus = new double[n];
    double[] probe = x.clone();
    Vectors.addScaled(x, h, v, probe);
    f.valueAndGradient(probe, plus);
    Vectors.addScaled(x, -h, v, probe);
    f.valueAndGradient(probe, minus);
    double[] numeric = new double[n];
    for (int i = 0; i < n; i++) {
      numeric[i] = (plus[i] - minus[i]) / (2 * h);
    }
    return relativeError(product, numeric);
  }

  /** |uᵀBv − vᵀBu| / max(|uᵀBv|, |vᵀBu|, tiny): 0 for a symmetric operator, up to rounding. */
  public static double asymmetry(CurvatureOperator operator, double[] u, double[] v) {
    double[] bu = new double[u.length];
    double[] bv = new double[v.length];
    operator.apply(u, bu);
    operator.apply(v, bv);
    double a = Vectors.dot(u, bv);
    double b = Vectors.dot(v, bu);
    return Math.abs(a - b) / Math.max(Math.max(Math.abs(a), Math.abs(b)), Double.MIN_NORMAL);
  }

  /** ‖a − b‖ / max(‖a‖, ‖b‖, tiny). */
  public static double relativeError(double[] a, double[] b) {
    double[] difference = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      difference[i] = a[i] - b[i];
    }
    return Vectors.norm2(difference) / Math.max(Math.max(Vectors.norm2(a), Vectors.norm2(b)), Double.MIN_NORMAL);
  }
}
