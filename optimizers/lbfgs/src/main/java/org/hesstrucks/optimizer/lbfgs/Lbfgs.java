package org.hesstrucks.optimizer.lbfgs;

import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.linesearch.LineSearch;
import org.hesstrucks.linesearch.LineSearchFailurePolicy;
import org.hesstrucks.linesearch.LineSearchResult;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.AcceptedPoint;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepContext;
import org.hesstrucks.optimizer.StepReport;

/**
 * One run of L-BFGS (Nocedal &amp; Wright Algorithm 7.5). Each step:
 *
 * <ol>
 *   <li>evaluates f(θ) and g = ∇f(θ) on this step's objective;</li>
 *   <li>computes d = −H g with the {@link TwoLoopRecursion}; with no pair stored (the first step, or after a
 *       reset) d = −g and the search starts from α₀ = 1/‖g‖, so the first trial moves θ by a unit distance;
 *       otherwise it starts from α₀ = 1 (the line search's configured initial step);</li>
 *   <li>searches along d (strong Wolfe by default);</li>
 *   <li>on success forms s = θ_new − θ and y = ∇f(θ_new) − g, stores the pair unless sᵀy ≤ ε‖s‖‖y‖ (then it is
 *       skipped and counted), and moves θ to θ_new.</li>
 * </ol>
 *
 * <p><b>Mini-batches (multi-batch L-BFGS).</b> Both gradients of a pair are taken on the same objective: the
 * step's objective is this step's batch, and ∇f(θ_new) comes from that batch (from the strong-Wolfe search,
 * which evaluated it at the accepted point, or from one extra gradient evaluation on the same batch when the
 * search only evaluates values, as backtracking does). A pair thus measures the curvature of one batch's
 * function and is never polluted by the difference between two batches' gradients, which on small batches
 * can make sᵀy negative or meaningless. The next step evaluates the gradient at θ_new again, on its own batch.
 * When a step's objective is the same instance as the previous step's (a full-batch objective handed out
 * once) and θ has not changed in between, the value and gradient at θ_new are reused instead.
 *
 * <p><b>Failures.</b> A non-finite value or gradient at θ fails the step with θ unchanged. A direction that is
 * not a descent direction (possible only through rounding, since every stored pair has sᵀy &gt; 0) drops the
 * memory and uses −g. A failed search follows {@code onLineSearchFailure}: {@code stop} fails the step with θ
 * unchanged; {@code accept-last} moves θ to the search's best trial when it decreased f (no pair is stored);
 * {@code reset-memory} drops the memory and searches once more along −g (when the memory was already empty
 * it fails as {@code stop} does).
 *
 * <p><b>Telemetry</b> (per step): {@code lineSearch.evaluations} (all trials of the step's searches),
 * {@code lineSearch.status} (the last search's {@link org.hesstrucks.linesearch.LineSearchStatus} ordinal:
 * 0 satisfied, 1 max evaluations, 2 not a descent direction, 3 non-finite start, 4 step too small, 5 interval
 * too small, 6 maximum step reached), {@code lineSearch.step} (the step taken), and the run totals so far
 * {@code lineSearch.failures}, {@code lbfgs.skippedPairs}, {@code lbfgs.resets}; {@code lbfgs.memory} (pairs
 * stored after the step) and {@code lbfgs.gamma} (γ of the step's H⁰).
 */
public final class Lbfgs implements Optimizer {
  private final LbfgsConfig config;
  private final LineSearch lineSearch;
  private final TwoLoopRecursion memory;
  private final LineSearchResult search;
  private final double[] gradient;
  private final double[] newGradient;
  private final double[] direction;
  private final double[] s;
  private final double[] y;
  private final AcceptedPoint accepted;
  private int failures;
  private int skippedPairs;
  private int resets;

  public Lbfgs(LbfgsConfig config, LineSearch lineSearch, int dimension) {
    this.config = config;
    this.lineSearch = lineSearch;
    this.memory = new TwoLoopRecursion(dimension, config.memory());
    this.search = new LineSearchResult(dimension);
    this.gradient = new double[dimension];
    this.newGradient = new double[dimension];
    this.direction = new double[dimension];
    this.s = new double[dimension];
    this.y = new double[dimension];
    this.accepted = new AcceptedPoint(dimension);
  }

  /** The curvature pairs; for tests and probes. */
  public TwoLoopRecursion memory() {
    return memory;
  }

  @Override
  public StepReport step(StepContext context, double[] theta) {
    Objective objective = context.objective();
    double value = accepted.valueAndGradient(objective, theta, gradient);
    StepReport notFinite = StepReport.ifNotFinite(value, gradient);
    if (notFinite != null) {
      return notFinite;
    }
    double gradientNorm = Vectors.norm2(gradient);
    if (gradientNorm == 0) {
      return StepReport.converged(value, "the gradient is exactly zero");
    }
    context.telemetry("lbfgs.gamma", memory.gamma());
    memory.multiply(gradient, direction);
    Vectors.negate(direction, direction);
    double slope = Vectors.dot(gradient, direction);
    if (memory.size() > 0 && !(slope < 0 && Double.isFinite(slope))) {
      resetMemory();
    }
    double initialStep = memory.size() == 0 ? 1 / gradientNorm : LineSearch.CONFIGURED_INITIAL_STEP;
    lineSearch.search(objective, theta, value, gradient, direction, initialStep, search);
    int evaluations = search.evaluations();
    if (!search.status().isSuccess()) {
      failures++;
      if (config.onLineSearchFailure() == LineSearchFailurePolicy.RESET_MEMORY && memory.size() > 0) {
        resetMemory();
        lineSearch.search(objective, theta, value, gradient, direction, 1 / gradientNorm, search);
        evaluations += search.evaluations();
      }
    }
    context.telemetry("lineSearch.evaluations", evaluations);
    context.telemetry("lineSearch.status", search.status().ordinal());
    context.telemetry("lineSearch.failures", failures);
    context.telemetry("lbfgs.resets", resets);
    if (!search.status().isSuccess()) {
      if (config.onLineSearchFailure() == LineSearchFailurePolicy.ACCEPT_LAST && search.hasDecrease(value)) {
        System.arraycopy(search.bestPoint(), 0, theta, 0, theta.length);
        report(context, search.bestStep());
        return StepReport.taken(value, search.bestStep());
      }
      report(context, 0);
      return StepReport.failed(value, "line search stopped with " + search.status() + " after "
          + search.evaluations() + " evaluations (last step " + search.step() + ")");
    }
    double[] point = search.point();
    double newValue;
    if (search.gradientKnown()) {
      System.arraycopy(search.gradient(), 0, newGradient, 0, newGradient.length);
      newValue = search.value();
    } else {
      newValue = objective.valueAndGradient(point, newGradient); // same batch: y stays consistent
    }
    for (int i = 0; i < theta.length; i++) {
      s[i] = point[i] - theta[i];
      y[i] = newGradient[i] - gradient[i];
    }
    double sy = Vectors.dot(s, y);
    if (sy > config.curvatureTolerance() * Vectors.norm2(s) * Vectors.norm2(y) && Double.isFinite(sy)) {
      memory.push(s, y);
    } else {
      skippedPairs++;
    }
    System.arraycopy(point, 0, theta, 0, theta.length);
    System.arraycopy(newGradient, 0, gradient, 0, gradient.length);
    accepted.remember(objective, theta, newValue);
    report(context, search.step());
    return StepReport.taken(value, search.step());
  }

  private void resetMemory() {
    memory.clear();
    resets++;
    Vectors.negate(gradient, direction);
  }

  private void report(StepContext context, double step) {
    context.telemetry("lineSearch.step", step);
    context.telemetry("lbfgs.skippedPairs", skippedPairs);
    context.telemetry("lbfgs.memory", memory.size());
  }
}
