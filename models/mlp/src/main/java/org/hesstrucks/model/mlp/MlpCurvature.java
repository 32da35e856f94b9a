package org.hesstrucks.model.mlp;

import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;

/**
 * The exact Hessian (Pearlmutter's R-operator, forward over reverse) or the Gauss-Newton matrix Jᵀ H_L J of an
 * {@link MlpObjective} at one point, plus λI for weight decay. Building it runs one forward and backward pass
 * and keeps its activations, σ', σ'' and deltas in the shared workspace; each product then costs a forward and a
 * backward R-pass (about 2× a gradient exact, 4/3× Gauss-Newton, less when the first layer dominates, since
 * R{X} = 0). If the objective or another operator used the workspace in between, the next product first redoes
 * the cached pass at this operator's point (a copy). A batch evaluated in chunks redoes each chunk's pass on every
 * product.
 */
final class MlpCurvature implements CurvatureOperator {
  private final MlpObjective objective;
  private final double[] point;
  private final CurvatureMode mode;
  private final boolean exact;
  private long stamp;

  MlpCurvature(MlpObjective objective, double[] x, CurvatureMode mode) {
    this.objective = objective;
    this.point = x.clone();
    this.mode = mode;
    this.exact = mode == CurvatureMode.EXACT;
    this.stamp = objective.prepareCurvature(point);
  }

  @Override
  public int dimension() {
    return point.length;
  }

  @Override
  public CurvatureMode mode() {
    return mode;
  }

  @Override
  public void apply(double[] v, double[] out) {
    int n = point.length;
    if (v.length != n || out.length != n) {
      throw new IllegalArgumentException("vectors of length " + v.length + " and " + out.length + " for "
          + n + " parameters");
    }
    if (v == out) {
      throw new IllegalArgumentException("v and out must be different arrays");
    }
    stamp = objective.applyCurvature(point, stamp, v, out, exact);
    double decay = objective.weightDecay();
    if (decay != 0) {
      for (int i = 0; i < n; i++) {
        out[i] += decay * v[i];
      }
    }
  }
}
