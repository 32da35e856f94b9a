package org.hesstrucks.optimizer;

import java.util.Arrays;
import org.hesstrucks.objective.Objective;

/**
 * f and ∇f at the point the last step accepted, for an optimizer whose line search already evaluated both there
 * (strong Wolfe does): when the next step starts on the same objective instance (a full-batch objective handed out
 * once) at the same θ, it reuses them instead of evaluating again, as SciPy's cached {@code ScalarFunction} does. A
 * mini-batch objective is a new instance each step and is always evaluated. The gradient itself stays in the
 * optimizer's own array: {@link #remember} is called with ∇f(θ) already in the array the next
 * {@link #valueAndGradient} call receives. Allocates its copy of θ once.
 */
public final class AcceptedPoint {
  private final double[] point;
  private Objective objective;
  private double value;

  /** @param dimension n */
  public AcceptedPoint(int dimension) {
    this.point = new double[dimension];
  }

  /**
   * f(θ), with ∇f(θ) in {@code gradient}: the remembered value when this objective and θ are the remembered ones
   * ({@code gradient} then already holds ∇f(θ)), else one evaluation. Forgets either way.
   */
  public double valueAndGradient(Objective objective, double[] theta, double[] gradient) {
    boolean reuse = objective == this.objective && Arrays.equals(theta, point);
    this.objective = null;
    return reuse ? value : objective.valueAndGradient(theta, gradient);
  }

  /** Remembers f(θ) = {@code value} on {@code objective}; the caller's gradient array holds ∇f(θ). */
  public void remember(Objective objective, double[] theta, double value) {
    System.arraycopy(theta, 0, point, 0, point.length);
    this.value = value;
    this.objective = objective;
  }
}
