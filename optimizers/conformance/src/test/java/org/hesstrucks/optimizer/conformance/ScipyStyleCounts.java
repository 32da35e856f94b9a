package org.hesstrucks.optimizer.conformance;

import java.util.Arrays;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.objective.Objective;

/**
 * Counts evaluations the way SciPy's {@code ScalarFunction} does: it remembers the last point and whether f and
 * ∇f are known there, and counts only what it has to compute. A value-and-gradient call at the point where f was
 * just computed counts one gradient and no value; a call at the same point again counts nothing. Every call is
 * still passed on, so the optimizer sees exactly what it would without this wrapper. Used under
 * {@code CountingObjective}, which counts every call, to tell recomputation apart from new work.
 */
final class ScipyStyleCounts implements Objective {
  private final Objective inner;
  private final double[] last;
  private boolean hasLast;
  private boolean valueKnown;
  private boolean gradientKnown;
  private long values;
  private long gradients;

  ScipyStyleCounts(Objective inner) {
    this.inner = inner;
    this.last = new double[inner.dimension()];
  }

  private void moveTo(double[] x) {
    if (!hasLast || !Arrays.equals(x, last)) {
      System.arraycopy(x, 0, last, 0, last.length);
      hasLast = true;
      valueKnown = false;
      gradientKnown = false;
    }
  }

  /** Values SciPy would have computed. */
  long values() {
    return values;
  }

  /** Gradients SciPy would have computed. */
  long gradients() {
    return gradients;
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public double value(double[] x) {
    moveTo(x);
    if (!valueKnown) {
      values++;
      valueKnown = true;
    }
    return inner.value(x);
  }

  @Override
  public double valueAndGradient(double[] x, double[] gradientOut) {
    moveTo(x);
    if (!valueKnown) {
      values++;
      valueKnown = true;
    }
    if (!gradientKnown) {
      gradients++;
      gradientKnown = true;
    }
    return inner.valueAndGradient(x, gradientOut);
  }

  @Override
  public int sampleCount() {
    return inner.sampleCount();
  }

  @Override
  public Set<CurvatureMode> curvatureModes() {
    return inner.curvatureModes();
  }

  @Override
  public CurvatureOperator curvatureAt(double[] x, double[] gradientAtX, CurvatureMode mode) {
    return inner.curvatureAt(x, gradientAtX, mode);
  }
}
