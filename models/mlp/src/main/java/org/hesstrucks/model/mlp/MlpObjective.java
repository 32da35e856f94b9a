package org.hesstrucks.model.mlp;

import java.util.EnumSet;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.curvature.UnsupportedCurvatureModeException;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;

/**
 * The training loss of an {@link MlpModel} on one batch: the mean loss over the batch's samples plus
 * (λ/2)‖θ‖². Shares its model's workspace for this batch size with the model's other objectives of the same
 * size: gathers its samples again only when another objective used the workspace in between. A batch larger than
 * the workspace is evaluated in chunks whose gradients and products add up (it then gathers every chunk on every
 * call, and each curvature product redoes each chunk's forward and backward pass). No allocation per call.
 */
final class MlpObjective implements Objective {
  private final Workspace workspace;
  private final DataSplit split;
  private final Batch batch;
  private final double weightDecay;
  private final int n;
  private final int chunkRows;
  private final int chunks;

  MlpObjective(Workspace workspace, DataSplit split, Batch batch, double weightDecay, int dimension) {
    this.workspace = workspace;
    this.split = split;
    this.batch = batch;
    this.weightDecay = weightDecay;
    this.n = dimension;
    this.chunkRows = workspace.capacity();
    this.chunks = (batch.size() + chunkRows - 1) / chunkRows;
  }

  @Override
  public int dimension() {
    return n;
  }

  @Override
  public int sampleCount() {
    return batch.size();
  }

  @Override
  public double value(double[] x) {
    checkLength(x);
    workspace.setParameters(x);
    double loss = 0;
    for (int c = 0; c < chunks; c++) {
      ensureLoaded(c);
      loss += workspace.forward(Workspace.Pass.VALUE, batch.size());
    }
    return loss + decay(x);
  }

  @Override
  public double valueAndGradient(double[] x, double[] gradientOut) {
    checkLength(x);
    checkLength(gradientOut);
    workspace.setParameters(x);
    double loss = 0;
    for (int c = 0; c < chunks; c++) {
      ensureLoaded(c);
      loss += workspace.forward(Workspace.Pass.GRADIENT, batch.size());
      workspace.backward(c > 0);
    }
    workspace.copyGradient(gradientOut);
    if (weightDecay != 0) {
      for (int i = 0; i < n; i++) {
        gradientOut[i] += weightDecay * x[i];
      }
    }
    return loss + decay(x);
  }

  /** Exact, Gauss-Newton and both finite-difference modes (forward differences fused, see {@link MlpForwardDifference}). */
  @Override
  public Set<CurvatureMode> curvatureModes() {
    return EnumSet.allOf(CurvatureMode.class);
  }

  @Override
  public CurvatureOperator curvatureAt(double[] x, double[] gradientAtX, CurvatureMode mode) {
    checkLength(x);
    switch (mode) {
      case EXACT:
      case GAUSS_NEWTON:
        return new MlpCurvature(this, x, mode);
      case FORWARD_DIFFERENCE:
        return new MlpForwardDifference(this, x, gradientAtX);
      case CENTRAL_DIFFERENCE:
        return Objective.super.curvatureAt(x, gradientAtX, mode);
      default:
        throw new UnsupportedCurvatureModeException(mode, curvatureModes());
    }
  }

  /**
   * Runs the forward (recording σ' and σ'') and backward pass at {@code point} in the workspace when the batch
   * fits in one chunk, for a curvature operator; returns the workspace's stamp afterwards.
   */
  long prepareCurvature(double[] point) {
    if (chunks == 1) {
      workspace.setParameters(point);
      ensureLoaded(0);
      workspace.forward(Workspace.Pass.CURVATURE, batch.size());
      workspace.backward(false);
    }
    return workspace.stamp();
  }

  /**
   * Writes the data loss's curvature product at {@code point} with {@code v} into {@code out}: from the cached
   * pass when the workspace still holds it (its stamp is {@code stamp}), else after redoing it.
   *
   * @return the workspace's stamp after the product
   */
  long applyCurvature(double[] point, long stamp, double[] v, double[] out, boolean exact) {
    if (chunks == 1) {
      long current = workspace.stamp() == stamp ? stamp : prepareCurvature(point);
      workspace.setDirection(v);
      workspace.curvatureProduct(exact, false, batch.size());
      workspace.copyProduct(out);
      return current;
    }
    workspace.setParameters(point);
    workspace.setDirection(v);
    for (int c = 0; c < chunks; c++) {
      ensureLoaded(c);
      workspace.forward(Workspace.Pass.CURVATURE, batch.size());
      workspace.backward(false);
      workspace.curvatureProduct(exact, c > 0, batch.size());
    }
    workspace.copyProduct(out);
    return workspace.stamp();
  }

  /**
   * Writes the forward-difference product (∇f(x + h·v) − g0) / h into {@code out}, with the trial point written
   * straight into the workspace and the quotient read straight from its gradient block (no trial or trial-gradient
   * arrays, so two passes over the n parameters fewer than the generic operator). {@code out} may be {@code v}; when
   * it is not, it also stages the trial point (which halves the time of that pass, see
   * {@link Workspace#setShiftedParameters}).
   */
  void forwardDifference(double[] x, double h, double[] v, double[] g0, double[] out) {
    if (out == x || out == g0) {
      throw new IllegalArgumentException("the product's output must not be the point or its gradient");
    }
    workspace.setShiftedParameters(x, h, v, out == v ? null : out);
    for (int c = 0; c < chunks; c++) {
      ensureLoaded(c);
      workspace.forward(Workspace.Pass.GRADIENT, batch.size());
      workspace.backward(c > 0);
    }
    workspace.differenceQuotient(x, h, v, weightDecay, g0, out);
  }

  /** Σ dᵢ² for a vector of the parameters' length, on the model's threads ({@link Workspace#sumOfSquares}). */
  double sumOfSquares(double[] d) {
    return workspace.sumOfSquares(d);
  }

  double weightDecay() {
    return weightDecay;
  }

  /** The workspace, for tests that read the network's outputs. */
  Workspace workspace() {
    return workspace;
  }

  private void ensureLoaded(int chunk) {
    if (!workspace.isLoaded(this, chunk)) {
      int first = chunk * chunkRows;
      workspace.load(this, chunk, split, batch, first, Math.min(chunkRows, batch.size() - first));
    }
  }

  private double decay(double[] x) {
    if (weightDecay == 0) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += x[i] * x[i];
    }
    return 0.5 * weightDecay * sum;
  }

  private void checkLength(double[] a) {
    if (a.length != n) {
      throw new IllegalArgumentException("vector has length " + a.length + ", the network has " + n + " parameters");
    }
  }
}
