package org.hesstrucks.curvature;

import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;

/**
 * Hessian-vector products by differences of gradients, for any objective.
 *
 * <p>Step sizes follow the standard error balance rather than a fixed constant (the draft's "h ≈ 10e−8" is
 * 1e−7 and ignores the scale of x and d; see reference/ERRATA.md):
 * <ul>
 *   <li>forward: {@code h = √ε · (1 + ‖x‖) / ‖d‖}, error O(h) + O(ε/h);</li>
 *   <li>central: {@code h = ε^{1/3} · (1 + ‖x‖) / ‖d‖}, error O(h²) + O(ε/h).</li>
 * </ul>
 * The forward operator reuses ∇f(x) (given, or computed once when built), so each product costs one
 * gradient; the central one costs two. A zero direction gives a zero product without evaluating anything.
 */
public final class FiniteDifferenceCurvature implements CurvatureOperator {
  /** Machine epsilon of double, 2⁻⁵². */
  public static final double MACHINE_EPSILON = Math.ulp(1.0);
  /** √ε, the relative step of forward differences. */
  public static final double FORWARD_RELATIVE_STEP = Math.sqrt(MACHINE_EPSILON);
  /** ε^{1/3}, the relative step of central differences. */
  public static final double CENTRAL_RELATIVE_STEP = Math.cbrt(MACHINE_EPSILON);

  private final Objective objective;
  private final CurvatureMode mode;
  private final double[] x;
  private final double pointScale;
  private final double[] gradientAtX;
  private final double[] trial;
  private final double[] trialGradient;
  private final double[] otherGradient;

  private FiniteDifferenceCurvature(Objective objective, double[] x, double[] gradientAtX, CurvatureMode mode) {
    int n = objective.dimension();
    requireLength("point", x, n);
    this.objective = objective;
    this.mode = mode;
    this.x = x.clone();
    this.pointScale = 1 + Vectors.norm2(x);
    this.gradientAtX = gradientAtX;
    this.trial = new double[n];
    this.trialGradient = new double[n];
    this.otherGradient = mode == CurvatureMode.CENTRAL_DIFFERENCE ? new double[n] : null;
  }

  /**
   * A forward-difference operator at {@code x}.
   *
   * @param gradientAtX ∇f(x) if known (copied), else {@code null} and it is computed once here
   * @throws IllegalArgumentException if x or the gradient does not have the objective's dimension (checked
   *     before anything is evaluated)
   */
  public static FiniteDifferenceCurvature forward(Objective objective, double[] x, double[] gradientAtX) {
    requireLength("point", x, objective.dimension());
    double[] g;
    if (gradientAtX != null) {
      requireLength("gradient", gradientAtX, objective.dimension());
      g = gradientAtX.clone();
    } else {
      g = new double[objective.dimension()];
      objective.valueAndGradient(x, g);
    }
    return new FiniteDifferenceCurvature(objective, x, g, CurvatureMode.FORWARD_DIFFERENCE);
  }

  private static void requireLength(String what, double[] v, int n) {
    if (v.length != n) {
      throw new IllegalArgumentException(what + " has length " + v.length + ", objective has dimension " + n);
    }
  }

  /** A central-difference operator at {@code x}. */
  public static FiniteDifferenceCurvature central(Objective objective, double[] x) {
    return new FiniteDifferenceCurvature(objective, x, null, CurvatureMode.CENTRAL_DIFFERENCE);
  }

  @Override
  public int dimension() {
    return x.length;
  }

  @Override
  public CurvatureMode mode() {
    return mode;
  }

  /** The step h this operator uses along {@code d}; 0 for a zero direction. */
  public double stepFor(double[] d) {
    double norm = Vectors.norm2(d);
    if (norm == 0) {
      return 0;
    }
    double relative = mode == CurvatureMode.FORWARD_DIFFERENCE ? FORWARD_RELATIVE_STEP : CENTRAL_RELATIVE_STEP;
    return relative * pointScale / norm;
  }

  @Override
  public void apply(double[] v, double[] out) {
    double h = stepFor(v);
    if (h == 0) {
      java.util.Arrays.fill(out, 0);
      return;
    }
    Vectors.addScaled(x, h, v, trial);
    objective.valueAndGradient(trial, trialGradient);
    if (mode == CurvatureMode.FORWARD_DIFFERENCE) {
      double inv = 1 / h;
      for (int i = 0; i < out.length; i++) {
        out[i] = (trialGradient[i] - gradientAtX[i]) * inv;
      }
    } else {
      Vectors.addScaled(x, -h, v, trial);
      objective.valueAndGradient(trial, otherGradient);
      double inv = 1 / (2 * h);
      for (int i = 0; i < out.length; i++) {
        out[i] = (trialGradient[i] - otherGradient[i]) * inv;
      }
    }
  }
}
