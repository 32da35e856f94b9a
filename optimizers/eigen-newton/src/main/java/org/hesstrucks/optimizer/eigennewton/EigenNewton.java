package org.hesstrucks.optimizer.eigennewton;

import org.hesstrucks.analysis.spectrum.Eigenpairs;
import org.hesstrucks.analysis.spectrum.Lanczos;
import org.hesstrucks.analysis.spectrum.Which;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.curvature.UnsupportedCurvatureModeException;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.linesearch.LineSearch;
import org.hesstrucks.linesearch.LineSearchResult;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepContext;
import org.hesstrucks.optimizer.StepReport;

/**
 * One run of eigenspace Newton.
 *
 * <p>On a refresh (the first step, then every T steps) a seeded Lanczos run of m steps on the current batch's
 * curvature gives the k + 1 Ritz pairs of largest |θ|; V and Λ keep the first k, η = 1/|θ_{k+1}| (when
 * k ≥ n there is no complement and η is unused). Between refreshes V, Λ and η are reused at the new point.
 * The direction is {@code p = −V(|Λ| + δI)⁻¹Vᵀg − η(g − VVᵀg)}, a descent direction whenever g ≠ 0 (both
 * parts are −(positive definite) g); the line search starts from α = 1.
 *
 * <p>Allocation: the direction and coefficients are allocated here; a refresh allocates the Lanczos basis
 * (m × n) once every T steps.
 *
 * <p>Telemetry: {@code eigen.refreshed} (1 on a refresh step, else 0), {@code eigen.lambdaMax} (|θ₁|),
 * {@code eigen.eta}, {@code eigen.lanczosSteps} (the products of the last refresh) and
 * {@code lineSearch.evaluations}.
 */
public final class EigenNewton implements Optimizer {
  private final EigenNewtonConfig config;
  private final LineSearch lineSearch;
  private final int n;
  private final int k;
  private final long seed;
  private final double[] gradient;
  private final double[] direction;
  private final double[] coefficients;
  private final LineSearchResult search;
  private double[][] vectors;
  private double[] scales;
  private double eta;
  private long refreshes;
  private int sinceRefresh;

  /**
   * @param dimension n
   * @param seed the run's seed; refresh r uses seed + r for its Lanczos start
   */
  public EigenNewton(EigenNewtonConfig config, LineSearch lineSearch, int dimension, long seed) {
    this.config = config;
    this.lineSearch = lineSearch;
    this.n = dimension;
    this.k = Math.min(config.k(), dimension);
    this.seed = seed;
    this.gradient = new double[dimension];
    this.direction = new double[dimension];
    this.coefficients = new double[k];
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
    boolean refresh = vectors == null || sinceRefresh >= config.refreshEvery();
    if (refresh) {
      String failure = refresh(objective, theta);
      if (failure != null) {
        return StepReport.failed(value, failure);
      }
    }
    sinceRefresh++;
    context.telemetry("eigen.refreshed", refresh ? 1 : 0);
    int count = vectors.length;
    for (int j = 0; j < count; j++) {
      double[] v = vectors[j];
      double dot = 0;
      for (int i = 0; i < n; i++) {
        dot += v[i] * gradient[i];
      }
      coefficients[j] = dot;
    }
    for (int i = 0; i < n; i++) {
      direction[i] = -eta * gradient[i];
    }
    for (int j = 0; j < count; j++) {
      double[] v = vectors[j];
      double c = coefficients[j] * (eta - scales[j]);
      for (int i = 0; i < n; i++) {
        direction[i] += c * v[i];
      }
    }
    lineSearch.search(objective, theta, value, gradient, direction, LineSearch.CONFIGURED_INITIAL_STEP, search);
    context.telemetry("lineSearch.evaluations", search.evaluations());
    if (!search.status().isSuccess()) {
      sinceRefresh = config.refreshEvery();
      return StepReport.failed(value, "line search stopped with " + search.status() + " after "
          + search.evaluations() + " evaluations (last step " + search.step() + ")");
    }
    System.arraycopy(search.point(), 0, theta, 0, n);
    return StepReport.taken(value, search.step());
  }

  /** Recomputes V, 1/(|Λ| + δ) and η at theta; returns a failure message or null. */
  private String refresh(Objective objective, double[] theta) {
    CurvatureOperator operator;
    try {
      operator = objective.curvatureAt(theta, gradient, config.curvature());
    } catch (UnsupportedCurvatureModeException e) {
      return e.getMessage();
    }
    Lanczos run;
    try {
      run = Lanczos.run(operator, config.lanczosSteps(), seed + refreshes);
    } catch (IllegalArgumentException e) {
      return "Lanczos failed: " + e.getMessage();
    }
    refreshes++;
    sinceRefresh = 0;
    Eigenpairs pairs = run.eigenpairs(Which.LARGEST_MAGNITUDE, k + 1);
    int count = Math.min(k, pairs.count());
    double top = Math.abs(pairs.values()[0]);
    double delta = config.damping() * top;
    vectors = new double[count][];
    scales = new double[count];
    for (int j = 0; j < count; j++) {
      vectors[j] = pairs.vectors()[j];
      scales[j] = 1 / (Math.abs(pairs.values()[j]) + delta);
    }
    if (pairs.count() > count) {
      double next = Math.abs(pairs.values()[count]);
      eta = 1 / Math.max(next, delta > 0 ? delta : Double.MIN_NORMAL);
    } else {
      eta = count > 0 ? scales[count - 1] : 1;
    }
    if (!(top > 0) || !Double.isFinite(eta)) {
      return "the curvature has no nonzero eigenvalue to scale the step (|λ₁| = " + top + ")";
    }
    return null;
  }
}
