package org.hesstrucks.model.mlp;

import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.curvature.FiniteDifferenceCurvature;
import org.hesstrucks.linalg.Vectors;

/**
 * The forward-difference Hessian-vector product (∇f(x + h·v) − ∇f(x)) / h of an {@link MlpObjective}, with core's
 * step rule ({@link FiniteDifferenceCurvature}: h = √ε · (1 + ‖x‖) / ‖v‖, ∇f(x) given or computed once when built)
 * but fused into the workspace: the trial point is written straight into the parameter block and the quotient read
 * straight from the gradient block, and ‖v‖ is summed per chunk over the model's threads. Per product that is one read of v for
 * its norm, one pass writing x + h·v and one pass forming the quotient, where the generic operator makes six
 * (a maximum and a dot product for the norm, x + h·v, the parameter copy, the gradient copy, the difference). A
 * zero direction gives a zero product without evaluating anything. The quotient can differ from the generic
 * operator's in the last bits (‖v‖ is summed in another order); it is the same on every run.
 */
final class MlpForwardDifference implements CurvatureOperator {
  /** Sums of squares outside [this, 1/this] are redone by the scaled {@link Vectors#norm2}. */
  private static final double SAFE_SQUARE_SUM = 1e-290;

  private final MlpObjective objective;
  private final double[] point;
  private final double pointScale;
  private final double[] gradientAtPoint;

  MlpForwardDifference(MlpObjective objective, double[] x, double[] gradientAtX) {
    int n = objective.dimension();
    this.objective = objective;
    this.point = x.clone();
    this.pointScale = 1 + Vectors.norm2(x);
    if (gradientAtX != null) {
      if (gradientAtX.length != n) {
        throw new IllegalArgumentException("gradient has length " + gradientAtX.length + ", objective has dimension "
            + n);
      }
      this.gradientAtPoint = gradientAtX.clone();
    } else {
      this.gradientAtPoint = new double[n];
      objective.valueAndGradient(point, gradientAtPoint);
    }
  }

  @Override
  public int dimension() {
    return point.length;
  }

  @Override
  public CurvatureMode mode() {
    return CurvatureMode.FORWARD_DIFFERENCE;
  }

  /** The step h along {@code d}; 0 for a zero direction. */
  double stepFor(double[] d) {
    double norm = root(objective.sumOfSquares(d), d); // the same bits as norm(d), split over the model's threads
    return norm == 0 ? 0 : FiniteDifferenceCurvature.FORWARD_RELATIVE_STEP * pointScale / norm;
  }

  @Override
  public void apply(double[] v, double[] out) {
    int n = point.length;
    if (v.length != n || out.length != n) {
      throw new IllegalArgumentException("vectors of length " + v.length + " and " + out.length + " for "
          + n + " parameters");
    }
    double h = stepFor(v);
    if (h == 0) {
      java.util.Arrays.fill(out, 0);
      return;
    }
    objective.forwardDifference(point, h, v, gradientAtPoint, out);
  }

  /**
   * ‖d‖₂ from {@link Workspace#sumOfSquaresSerial} (per chunk of 2,048, eight fused-multiply-add chains each, then
   * the chunks in order); the scaled two-pass norm when the sum could have under- or overflowed.
   */
  static double norm(double[] d) {
    return root(Workspace.sumOfSquaresSerial(d), d);
  }

  /** √sum, or core's scaled norm of d when sum is outside the range where squaring loses nothing. */
  private static double root(double sum, double[] d) {
    if (sum >= SAFE_SQUARE_SUM && sum <= 1 / SAFE_SQUARE_SUM) {
      return Math.sqrt(sum);
    }
    return Vectors.norm2(d); // zero, tiny, huge, infinite or NaN
  }
}
