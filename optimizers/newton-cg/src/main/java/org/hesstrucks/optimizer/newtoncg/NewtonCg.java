package org.hesstrucks.optimizer.newtoncg;

import java.util.Set;
import java.util.stream.Collectors;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.curvature.UnsupportedCurvatureModeException;
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
 * One run of line-search Newton-CG (Nocedal &amp; Wright Algorithm 7.1). A step: evaluate f and g = ∇f at θ;
 * build the curvature operator B once, at θ, in the configured mode; run {@link TruncatedConjugateGradient} on
 * (B + λI)p = −g with tolerance εₖ from the forcing term; search along p from the line search's initial step
 * (α = 1); move to the accepted point; with Levenberg–Marquardt damping, update λ from
 * ρ = (f(θ) − f(θ + αp)) / (−αgᵀp − ½α²pᵀBp), the decrease the undamped quadratic model predicted:
 * ρ &lt; {@value #LM_SHRINK_BELOW} → λ ← {@value #LM_INCREASE}·λ, ρ &gt; {@value #LM_GROW_ABOVE} →
 * λ ← {@value #LM_DECREASE}·λ (Martens 2010, §4.1), λ kept in [{@value #LAMBDA_MIN}, {@value #LAMBDA_MAX}].
 * A failed line search also multiplies λ by {@value #LM_INCREASE}.
 *
 * <p>Telemetry each step: {@code cg.iterations} (products), {@code cg.exit} ({@link CgExit#code()}: 1 converged,
 * 2 negative curvature, 3 iteration cap, 4 non-finite, 0 not run), {@code cg.residual} (‖r‖ at exit),
 * {@code cg.tolerance} (εₖ), {@code damping.lambda} (the λ this step used), {@code damping.rho} (ρ, with
 * Levenberg–Marquardt damping), {@code lineSearch.evaluations}, {@code lineSearch.status}
 * ({@link org.hesstrucks.linesearch.LineSearchStatus#ordinal()}) and {@code lineSearch.failures} (failed searches
 * so far in the run).
 *
 * <p><b>Reuse.</b> When the search accepted its point with the gradient there known (strong Wolfe evaluates
 * f and ∇f at every trial), and the next step's objective is the same instance (a full-batch objective handed
 * out once) at the same θ, that step reuses f and ∇f instead of evaluating them again, as SciPy's cached
 * {@code ScalarFunction} does. Backtracking evaluates values only, so the next step still evaluates f and ∇f
 * together; a mini-batch objective is a new instance each step and is always evaluated.
 *
 * <p>Failures leave θ unchanged and say why: a non-finite value or gradient, a curvature mode the objective
 * does not offer, a non-finite curvature product, a direction that is not a descent direction, or a failed
 * search under the {@code stop} policy. Apart from the operator the objective builds, a step does not allocate.
 */
public final class NewtonCg implements Optimizer {
  /** ρ below this grows λ. */
  public static final double LM_SHRINK_BELOW = 0.25;
  /** ρ above this shrinks λ. */
  public static final double LM_GROW_ABOVE = 0.75;
  /** The factor λ grows by. */
  public static final double LM_INCREASE = 1.5;
  /** The factor λ shrinks by. */
  public static final double LM_DECREASE = 2.0 / 3.0;
  /** Levenberg–Marquardt λ never falls below this (so it can grow back). */
  public static final double LAMBDA_MIN = 1e-12;
  /** Levenberg–Marquardt λ never exceeds this (the step is then a tiny gradient step anyway). */
  public static final double LAMBDA_MAX = 1e12;

  private final NewtonCgConfig config;
  private final LineSearch lineSearch;
  private final int dimension;
  private final int cgCap;
  private final double[] gradient;
  private final double[] steepest;
  private final TruncatedConjugateGradient cg;
  private final LineSearchResult search;
  private double lambda;
  private long failures;
  /** f and ∇f at the last accepted point, when the search evaluated both there. */
  private final AcceptedPoint accepted;

  public NewtonCg(NewtonCgConfig config, LineSearch lineSearch, int dimension) {
    this.config = config;
    this.lineSearch = lineSearch;
    this.dimension = dimension;
    this.cgCap = config.cgIterationCap(dimension);
    this.gradient = new double[dimension];
    this.steepest = new double[dimension];
    this.cg = new TruncatedConjugateGradient(dimension);
    this.search = new LineSearchResult(dimension);
    this.lambda = config.lambda();
    this.accepted = new AcceptedPoint(dimension);
  }

  /** The current damping λ (changes between steps with Levenberg–Marquardt damping). */
  public double lambda() {
    return lambda;
  }

  @Override
  public StepReport step(StepContext context, double[] theta) {
    Objective objective = context.objective();
    context.telemetry("cg.exit", CgExit.NOT_RUN.code());
    double value = accepted.valueAndGradient(objective, theta, gradient);
    StepReport notFinite = StepReport.ifNotFinite(value, gradient);
    if (notFinite != null) {
      return notFinite;
    }
    double gradientNorm = Vectors.norm2(gradient);
    if (gradientNorm == 0) {
      return StepReport.converged(value, "the gradient is exactly zero");
    }
    CurvatureMode mode = config.curvature();
    Set<CurvatureMode> offered = objective.curvatureModes();
    if (!offered.contains(mode)) {
      return StepReport.failed(value, unsupported(mode, offered));
    }
    CurvatureOperator operator;
    try {
      operator = objective.curvatureAt(theta, gradient, mode);
    } catch (UnsupportedCurvatureModeException e) {
      return StepReport.failed(value, unsupported(mode, offered));
    }

    double tolerance = config.forcing().tolerance(gradientNorm,
        config.forcingTolerance() == null ? 0 : config.forcingTolerance());
    double stepLambda = lambda;
    CgExit exit = cg.solve(operator, gradient, stepLambda, tolerance, cgCap);
    context.telemetry("cg.iterations", cg.iterations());
    context.telemetry("cg.exit", exit.code());
    context.telemetry("cg.residual", cg.residualNorm());
    context.telemetry("cg.tolerance", tolerance);
    context.telemetry("damping.lambda", stepLambda);
    if (exit == CgExit.NON_FINITE) {
      return StepReport.failed(value, "the " + mode.id() + " curvature product is not finite at CG iteration "
          + cg.iterations());
    }
    double[] direction = cg.direction();
    double slope = Vectors.dot(gradient, direction);
    if (!(slope < 0)) {
      return StepReport.failed(value, "the Newton-CG direction is not a descent direction (gᵀp = " + slope
          + ", CG exit " + exit + " after " + cg.iterations() + " iterations)");
    }
    // pᵀBp of the undamped model, for the predicted decrease
    double modelCurvature = cg.curvature() - stepLambda * Vectors.dot(direction, direction);

    lineSearch.search(objective, theta, value, gradient, direction, LineSearch.CONFIGURED_INITIAL_STEP, search);
    int evaluations = search.evaluations();
    if (search.status().isSuccess()) {
      record(context, evaluations);
      adapt(context, value, search.value(), search.step(), slope, modelCurvature);
      System.arraycopy(search.point(), 0, theta, 0, dimension);
      remember(objective, theta);
      return StepReport.taken(value, search.step());
    }
    failures++;
    if (config.damping() == Damping.LEVENBERG_MARQUARDT) {
      lambda = Math.min(LAMBDA_MAX, lambda * LM_INCREASE);
    }
    LineSearchFailurePolicy policy = config.onLineSearchFailure();
    if (policy == LineSearchFailurePolicy.ACCEPT_LAST && search.hasDecrease(value)) {
      record(context, evaluations);
      System.arraycopy(search.bestPoint(), 0, theta, 0, dimension);
      return StepReport.taken(value, search.bestStep());
    }
    if (policy == LineSearchFailurePolicy.RESET_MEMORY) {
      String first = search.status() + " after " + evaluations + " evaluations";
      Vectors.negate(gradient, steepest);
      lineSearch.search(objective, theta, value, gradient, steepest, LineSearch.CONFIGURED_INITIAL_STEP, search);
      evaluations += search.evaluations();
      record(context, evaluations);
      if (search.status().isSuccess()) {
        System.arraycopy(search.point(), 0, theta, 0, dimension);
        return StepReport.taken(value, search.step());
      }
      return StepReport.failed(value, "line search along the Newton-CG direction stopped with " + first
          + "; the retry along −∇f stopped with " + search.status() + " after " + search.evaluations()
          + " evaluations");
    }
    record(context, evaluations);
    return StepReport.failed(value, "line search stopped with " + search.status() + " after " + evaluations
        + " evaluations (last step " + search.step() + ", CG exit " + exit + " after " + cg.iterations()
        + " iterations)");
  }

  /** Caches f and ∇f at the accepted point {@code theta} when the search evaluated both there. */
  private void remember(Objective objective, double[] theta) {
    if (!search.gradientKnown()) {
      return;
    }
    System.arraycopy(search.gradient(), 0, gradient, 0, dimension);
    accepted.remember(objective, theta, search.value());
  }

  private void record(StepContext context, int evaluations) {
    context.telemetry("lineSearch.evaluations", evaluations);
    context.telemetry("lineSearch.status", search.status().ordinal());
    context.telemetry("lineSearch.failures", failures);
  }

  /** The Levenberg–Marquardt update from the step α·p just accepted. */
  private void adapt(StepContext context, double value, double newValue, double alpha, double slope,
      double modelCurvature) {
    if (config.damping() != Damping.LEVENBERG_MARQUARDT) {
      return;
    }
    double predicted = -alpha * slope - 0.5 * alpha * alpha * modelCurvature;
    double rho = (value - newValue) / predicted;
    if (!(predicted > 0) || Double.isNaN(rho)) {
      context.telemetry("damping.rho", Double.NaN);
      return;
    }
    context.telemetry("damping.rho", rho);
    if (rho < LM_SHRINK_BELOW) {
      lambda = Math.min(LAMBDA_MAX, lambda * LM_INCREASE);
    } else if (rho > LM_GROW_ABOVE) {
      lambda = Math.max(LAMBDA_MIN, lambda * LM_DECREASE);
    }
  }

  static String unsupported(CurvatureMode mode, Set<CurvatureMode> offered) {
    return "curvature mode '" + mode.id() + "' is not offered by this objective; it offers: "
        + offered.stream().map(CurvatureMode::id).sorted().collect(Collectors.joining(", "));
  }
}
