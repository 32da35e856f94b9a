package org.hesstrucks.model.quadratic;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.objective.Objective;

/**
 * f(x) = ½ xᵀAx − bᵀx on the whole quadratic, evaluated in the eigenbasis: with d = Qᵀx − c and c = Qᵀx*,
 * f(x) = ½ Σ λᵢ dᵢ² + f* and ∇f(x) = Q (λ ∘ d) = Ax − b. This is the same function, without the cancellation
 * between ½ xᵀAx and bᵀx near the minimiser: f(x*) is f* and ∇f(x*) is 0 exactly. A value costs one product
 * with Qᵀ, a value and gradient one with Qᵀ and one with Q.
 *
 * <p>One workspace of n doubles, allocated in the constructor; used by one thread.
 */
final class QuadraticObjective implements Objective {
  /** Exact products (the matrix itself) and the two finite-difference modes. */
  static final Set<CurvatureMode> MODES = Collections.unmodifiableSet(
      EnumSet.of(CurvatureMode.EXACT, CurvatureMode.FORWARD_DIFFERENCE, CurvatureMode.CENTRAL_DIFFERENCE));

  private final OrthogonalMatrix q;
  private final double[] eigenvalues;
  private final double[] minimizerInEigenbasis;
  private final double minimumValue;
  private final double[] work;

  QuadraticObjective(OrthogonalMatrix q, double[] eigenvalues, double[] minimizerInEigenbasis, double minimumValue) {
    this.q = q;
    this.eigenvalues = eigenvalues;
    this.minimizerInEigenbasis = minimizerInEigenbasis;
    this.minimumValue = minimumValue;
    this.work = new double[eigenvalues.length];
  }

  @Override
  public int dimension() {
    return eigenvalues.length;
  }

  @Override
  public double value(double[] x) {
    checkLength(x, "point");
    q.multiplyTranspose(x, work);
    double sum = 0;
    for (int i = 0; i < work.length; i++) {
      double d = work[i] - minimizerInEigenbasis[i];
      sum += eigenvalues[i] * d * d;
    }
    return 0.5 * sum + minimumValue;
  }

  /** {@inheritDoc} {@code gradientOut} may be {@code x}, which is read in full first. */
  @Override
  public double valueAndGradient(double[] x, double[] gradientOut) {
    checkLength(x, "point");
    checkLength(gradientOut, "gradient");
    q.multiplyTranspose(x, work);
    double sum = 0;
    for (int i = 0; i < work.length; i++) {
      double d = work[i] - minimizerInEigenbasis[i];
      sum += eigenvalues[i] * d * d;
      work[i] = eigenvalues[i] * d;
    }
    q.multiply(work, gradientOut);
    return 0.5 * sum + minimumValue;
  }

  @Override
  public int sampleCount() {
    return 1;
  }

  /** {@link CurvatureMode#EXACT} and the two finite-difference modes. */
  @Override
  public Set<CurvatureMode> curvatureModes() {
    return MODES;
  }

  /**
   * For {@link CurvatureMode#EXACT}, the Hessian A, which does not depend on {@code x} (checked for its length,
   * not copied); the finite-difference modes as every objective has them; other modes refused.
   */
  @Override
  public CurvatureOperator curvatureAt(double[] x, double[] gradientAtX, CurvatureMode mode) {
    if (mode == CurvatureMode.EXACT) {
      checkLength(x, "point");
      return new ExactHessian(q, eigenvalues);
    }
    return Objective.super.curvatureAt(x, gradientAtX, mode);
  }

  long storedDoubles() {
    return work.length;
  }

  private void checkLength(double[] v, String what) {
    if (v.length != work.length) {
      throw new IllegalArgumentException(what + " has length " + v.length + ", the quadratic has dimension "
          + work.length);
    }
  }
}
