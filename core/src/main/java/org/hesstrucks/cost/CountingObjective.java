package org.hesstrucks.cost;

import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.curvature.FiniteDifferenceCurvature;
import org.hesstrucks.objective.Objective;

/**
 * An objective that charges every evaluation to a {@link CostCounter}, per sample.
 *
 * <p>Finite-difference curvature is built over this wrapper, so its gradients are charged as gradients
 * (a forward-difference product costs one gradient, as it does in time). Exact and Gauss-Newton operators
 * come from the wrapped objective and every product is charged as one Hessian-vector product.
 */
public final class CountingObjective implements Objective {
  private final Objective inner;
  private final CostCounter counter;

  public CountingObjective(Objective inner, CostCounter counter) {
    this.inner = inner;
    this.counter = counter;
  }

  /** The objective being counted. */
  public Objective inner() {
    return inner;
  }

  public CostCounter counter() {
    return counter;
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public int sampleCount() {
    return inner.sampleCount();
  }

  @Override
  public double value(double[] x) {
    counter.chargeValue(inner.sampleCount());
    return inner.value(x);
  }

  @Override
  public double valueAndGradient(double[] x, double[] gradientOut) {
    counter.chargeGradient(inner.sampleCount());
    return inner.valueAndGradient(x, gradientOut);
  }

  @Override
  public Set<CurvatureMode> curvatureModes() {
    return inner.curvatureModes();
  }

  @Override
  public CurvatureOperator curvatureAt(double[] x, double[] gradientAtX, CurvatureMode mode) {
    if (mode == CurvatureMode.FORWARD_DIFFERENCE) {
      return FiniteDifferenceCurvature.forward(this, x, gradientAtX);
    }
    if (mode == CurvatureMode.CENTRAL_DIFFERENCE) {
      return FiniteDifferenceCurvature.central(this, x);
    }
    CurvatureOperator operator = inner.curvatureAt(x, gradientAtX, mode);
    int samples = inner.sampleCount();
    return new CurvatureOperator() {
      @Override
      public int dimension() {
        return operator.dimension();
      }

      @Override
      public CurvatureMode mode() {
        return operator.mode();
      }

      @Override
      public void apply(double[] v, double[] out) {
        counter.chargeHessianVector(samples);
        operator.apply(v, out);
      }
    };
  }
}
