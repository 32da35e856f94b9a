package org.hesstrucks.optimizer.gd;

import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.linesearch.LineSearch;
import org.hesstrucks.linesearch.LineSearchFailurePolicy;
import org.hesstrucks.linesearch.LineSearchResult;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepContext;
import org.hesstrucks.optimizer.StepReport;

/**
 * One run of gradient descent: evaluate f and ∇f, search along d = −∇f, move to the accepted point.
 *
 * <p>Telemetry: {@code lineSearch.evaluations} (trials of each search), {@code lineSearch.status} (the
 * {@link org.hesstrucks.linesearch.LineSearchStatus} ordinal) and {@code lineSearch.failures} (failed searches
 * so far in this run, recorded on every step). A non-finite value or gradient leaves θ unchanged and fails the
 * step. A failed search does what {@code onLineSearchFailure} says: {@code stop} leaves θ unchanged and fails
 * the step; {@code accept-last} moves θ to the search's best trial point when its value is below f(θ) (the
 * report's step length is that trial's step) and fails the step otherwise.
 */
public final class GradientDescent implements Optimizer {
  private final GradientDescentConfig config;
  private final LineSearch lineSearch;
  private final double[] gradient;
  private final double[] direction;
  private final LineSearchResult search;
  private double previousStep = Double.NaN;
  private int failures;

  public GradientDescent(GradientDescentConfig config, LineSearch lineSearch, int dimension) {
    this.config = config;
    this.lineSearch = lineSearch;
    this.gradient = new double[dimension];
    this.direction = new double[dimension];
    this.search = new LineSearchResult(dimension);
  }

  @Override
  public StepReport step(StepContext context, double[] theta) {
    Objective objective = context.objective();
    double value = objective.valueAndGradient(theta, gradient);
    StepReport notFinite = StepReport.ifNotFinite(value, gradient);
    if (notFinite != null) {
      return notFinite;
    }
    if (Vectors.norm2(gradient) == 0) {
      return StepReport.converged(value, "the gradient is exactly zero");
    }
    Vectors.negate(gradient, direction);
    double initialStep = config.warmStartGrowth() != null && !Double.isNaN(previousStep)
        ? config.warmStartGrowth() * previousStep
        : LineSearch.CONFIGURED_INITIAL_STEP;
    lineSearch.search(objective, theta, value, gradient, direction, initialStep, search);
    context.telemetry("lineSearch.evaluations", search.evaluations());
    context.telemetry("lineSearch.status", search.status().ordinal());
    if (!search.status().isSuccess()) {
      failures++;
      context.telemetry("lineSearch.failures", failures);
      if (config.onLineSearchFailure() == LineSearchFailurePolicy.ACCEPT_LAST && search.hasDecrease(value)) {
        System.arraycopy(search.bestPoint(), 0, theta, 0, theta.length);
        previousStep = search.bestStep();
        return StepReport.taken(value, search.bestStep());
      }
      return StepReport.failed(value, "line search stopped with " + search.status() + " after "
          + search.evaluations() + " evaluations (last step " + search.step() + ")");
    }
    context.telemetry("lineSearch.failures", failures);
    System.arraycopy(search.point(), 0, theta, 0, theta.length);
    previousStep = search.step();
    return StepReport.taken(value, search.step());
  }
}
