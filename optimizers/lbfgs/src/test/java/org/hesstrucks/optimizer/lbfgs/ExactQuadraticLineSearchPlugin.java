package org.hesstrucks.optimizer.lbfgs;

import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.linesearch.LineSearch;
import org.hesstrucks.linesearch.LineSearchPlugin;
import org.hesstrucks.linesearch.LineSearchResult;
import org.hesstrucks.linesearch.LineSearchStatus;

/**
 * Test-only line search {@code exact-quadratic}: the exact minimiser along d of a quadratic. φ' is linear, so
 * α* = φ'(0) / (φ'(0) − φ'(1)) from the gradient at x + d; then x + α*d is evaluated (value and gradient).
 */
public final class ExactQuadraticLineSearchPlugin implements LineSearchPlugin<ExactQuadraticLineSearchPlugin.Options> {
  /** No options. */
  public record Options() {}

  @Override
  public String id() {
    return "exact-quadratic";
  }

  @Override
  public Class<Options> configType() {
    return Options.class;
  }

  @Override
  public String description() {
    return "exact line search on quadratics (tests only)";
  }

  @Override
  public LineSearch create(Options config) {
    return (objective, x, value, gradient, direction, initialStep, result) -> search(objective, x, gradient,
        direction, result);
  }

  private static void search(org.hesstrucks.objective.Objective objective, double[] x, double[] gradient,
      double[] direction, LineSearchResult result) {
    result.resetBest();
    double slope0 = Vectors.dot(gradient, direction);
    Vectors.addScaled(x, 1, direction, result.point());
    objective.valueAndGradient(result.point(), result.gradient());
    double slope1 = Vectors.dot(result.gradient(), direction);
    double alpha = slope0 / (slope0 - slope1);
    Vectors.addScaled(x, alpha, direction, result.point());
    double phi = objective.valueAndGradient(result.point(), result.gradient());
    result.offerBest(alpha, phi);
    result.set(LineSearchStatus.SATISFIED, alpha, phi, 2, true);
  }
}
