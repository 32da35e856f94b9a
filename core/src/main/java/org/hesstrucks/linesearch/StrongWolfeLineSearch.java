package org.hesstrucks.linesearch;

import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;

/**
 * A line search for a step satisfying the strong Wolfe conditions, Nocedal &amp; Wright Algorithm 3.5
 * (bracketing) and Algorithm 3.6 (zoom), with φ(α) = f(x + αd):
 *
 * <pre>
 *   φ(α) ≤ φ(0) + c1·α·φ'(0)        (sufficient decrease)
 *   |φ'(α)| ≤ c2·|φ'(0)|             (curvature)
 * </pre>
 *
 * <p>Every trial evaluates the value and the gradient, so on success {@link LineSearchResult#gradientKnown()}
 * is true and {@link LineSearchResult#gradient()} holds ∇f at the accepted point.
 *
 * <p><b>Bracketing.</b> Trials grow from α₀ until one violates sufficient decrease, does not decrease φ below
 * the previous trial, or has φ' ≥ 0; the interval between that trial and the previous one then contains
 * acceptable steps. Each new trial is the minimiser of the cubic through the last two trials (values and
 * slopes), kept in [α + 1.1(α − α_prev), α + 4(α − α_prev)] and capped at {@code maxStep}.
 *
 * <p><b>Zoom.</b> Inside a bracket [α_lo, α_hi] (α_lo the end with the lower value that satisfies sufficient
 * decrease) the trial is the minimiser of the cubic through both ends. Safeguards: a cubic minimiser within
 * 0.1% of the bracket's width of either end (or a cubic without a minimiser) is replaced by the quadratic through φ(α_lo),
 * φ'(α_lo) and φ(α_hi), and that, if also outside, by bisection; when two trials have not shrunk the bracket
 * to 66% of its width the search bisects (as Moré &amp; Thuente do), so the bracket shrinks geometrically.
 *
 * <p><b>Non-finite values.</b> A trial whose value or slope is NaN or infinite is treated as too long a step:
 * it closes the bracket, and the search bisects towards the last finite point until it leaves the non-finite
 * region.
 *
 * <p><b>Termination.</b> At most {@code maxEvaluations} trials. Statuses: {@link LineSearchStatus#SATISFIED};
 * {@link LineSearchStatus#MAX_EVALUATIONS}; {@link LineSearchStatus#MAX_STEP_REACHED} (φ still decreasing at
 * {@code maxStep}); {@link LineSearchStatus#INTERVAL_TOO_SMALL} (the bracket is narrower than 1e-14 of the step:
 * rounding prevents progress); {@link LineSearchStatus#STEP_TOO_SMALL} (the trial no longer moves x);
 * {@link LineSearchStatus#NOT_DESCENT_DIRECTION} and {@link LineSearchStatus#NON_FINITE_START} without any
 * evaluation. On failure the result holds the last trial and, as {@link LineSearchResult#bestPoint()}, the
 * trial with the lowest value.
 */
public final class StrongWolfeLineSearch implements LineSearch {
  /** The bracket is given up when its width is below this fraction of the larger end (Moré–Thuente's xtol). */
  static final double RELATIVE_BRACKET_TOLERANCE = 1e-14;
  /**
   * Interpolated zoom trials must lie this fraction of the bracket width inside either end; kept small so
   * that the cubic converges superlinearly near a minimiser (the bisection rule below ensures the bracket
   * shrinks).
   */
  private static final double ZOOM_MARGIN = 1e-3;
  /** Bisect when two zoom trials have not shrunk the bracket below this fraction of its width. */
  private static final double SUFFICIENT_SHRINK = 0.66;
  /** Extrapolated trials lie in [α + LOWER·(α − α_prev), α + UPPER·(α − α_prev)]. */
  private static final double EXTRAPOLATION_LOWER = 1.1;
  private static final double EXTRAPOLATION_UPPER = 4.0;

  private final StrongWolfeConfig config;

  public StrongWolfeLineSearch(StrongWolfeConfig config) {
    this.config = config;
  }

  public StrongWolfeConfig config() {
    return config;
  }

  @Override
  public void search(Objective objective, double[] x, double value, double[] gradient, double[] direction,
      double initialStep, LineSearchResult result) {
    double slope = result.start(x, value, gradient, direction);
    if (Double.isNaN(slope)) {
      return;
    }
    double alpha = LineSearchResult.firstStep(initialStep, config.initialStep());
    double maxStep = config.maxStep();
    alpha = Math.min(alpha, maxStep);
    int maxEvaluations = config.maxEvaluations();
    double c1 = config.c1();
    double curvatureBound = config.c2() * -slope;

    double previousStep = 0;
    double previousValue = value;
    double previousSlope = slope;
    int evaluations = 0;
    while (true) {
      if (!movesPoint(x, alpha, direction)) {
        result.set(LineSearchStatus.STEP_TOO_SMALL, alpha, value, evaluations, false);
        System.arraycopy(x, 0, result.point, 0, x.length);
        return;
      }
      double phi = evaluate(objective, x, direction, alpha, result);
      double dphi = Vectors.dot(result.gradient, direction);
      evaluations++;
      boolean finite = Double.isFinite(phi) && Double.isFinite(dphi);
      if (!finite || phi > value + c1 * alpha * slope || (evaluations > 1 && phi >= previousValue)) {
        zoom(objective, x, value, slope, direction, result, evaluations, alpha, phi,
            previousStep, previousValue, previousSlope, alpha, phi, dphi, finite);
        return;
      }
      if (Math.abs(dphi) <= curvatureBound) {
        result.set(LineSearchStatus.SATISFIED, alpha, phi, evaluations, true);
        return;
      }
      if (dphi >= 0) {
        zoom(objective, x, value, slope, direction, result, evaluations, alpha, phi,
            alpha, phi, dphi, previousStep, previousValue, previousSlope, true);
        return;
      }
      if (alpha >= maxStep) {
        result.set(LineSearchStatus.MAX_STEP_REACHED, alpha, phi, evaluations, true);
        return;
      }
      if (evaluations >= maxEvaluations) {
        result.set(LineSearchStatus.MAX_EVALUATIONS, alpha, phi, evaluations, true);
        return;
      }
      double growth = alpha - previousStep;
      double lower = alpha + EXTRAPOLATION_LOWER * growth;
      double upper = alpha + EXTRAPOLATION_UPPER * growth;
      double next = cubicMinimizer(previousStep, previousValue, previousSlope, alpha, phi, dphi);
      if (Double.isNaN(next) || next > upper) {
        next = upper;
      } else if (next < lower) {
        next = lower;
      }
      previousStep = alpha;
      previousValue = phi;
      previousSlope = dphi;
      alpha = Math.min(next, maxStep);
    }
  }

  /**
   * Algorithm 3.6: shrinks [lo, hi] until a trial satisfies both conditions. {@code lo} satisfies sufficient
   * decrease and has the lowest value seen; φ'(lo)·(hi − lo) &lt; 0. {@code hiFinite} is false when φ(hi) or
   * φ'(hi) is not finite. The result's point holds the trial at {@code lastStep}, the last one evaluated.
   */
  private void zoom(Objective objective, double[] x, double value, double slope, double[] direction,
      LineSearchResult result, int evaluationsSoFar, double lastStep, double lastValue,
      double lo, double loValue, double loSlope,
      double hi, double hiValue, double hiSlope, boolean hiFinite) {
    int evaluations = evaluationsSoFar;
    int maxEvaluations = config.maxEvaluations();
    double c1 = config.c1();
    double curvatureBound = config.c2() * -slope;
    double widthOneAgo = Double.POSITIVE_INFINITY;
    double widthTwoAgo = Double.POSITIVE_INFINITY;
    while (true) {
      if (evaluations >= maxEvaluations) {
        result.set(LineSearchStatus.MAX_EVALUATIONS, lastStep, lastValue, evaluations, true);
        return;
      }
      double a = Math.min(lo, hi);
      double b = Math.max(lo, hi);
      double width = b - a;
      if (width <= RELATIVE_BRACKET_TOLERANCE * b) {
        result.set(LineSearchStatus.INTERVAL_TOO_SMALL, lastStep, lastValue, evaluations, true);
        return;
      }
      double trial;
      double middle = a + 0.5 * width;
      if (!hiFinite || width > SUFFICIENT_SHRINK * widthTwoAgo) {
        trial = middle;
      } else {
        double margin = ZOOM_MARGIN * width;
        trial = cubicMinimizer(lo, loValue, loSlope, hi, hiValue, hiSlope);
        if (!(trial >= a + margin && trial <= b - margin)) {
          trial = quadraticMinimizer(lo, loValue, loSlope, hi, hiValue);
          if (!(trial >= a + margin && trial <= b - margin)) {
            trial = middle;
          }
        }
      }
      if (!(trial > a && trial < b)) {
        result.set(LineSearchStatus.INTERVAL_TOO_SMALL, lastStep, lastValue, evaluations, true);
        return;
      }
      if (!movesPoint(x, trial, direction)) {
        result.set(LineSearchStatus.STEP_TOO_SMALL, lastStep, lastValue, evaluations, true);
        return;
      }
      widthTwoAgo = widthOneAgo;
      widthOneAgo = width;
      double phi = evaluate(objective, x, direction, trial, result);
      double dphi = Vectors.dot(result.gradient, direction);
      evaluations++;
      lastStep = trial;
      lastValue = phi;
      boolean finite = Double.isFinite(phi) && Double.isFinite(dphi);
      if (!finite || phi > value + c1 * trial * slope || phi >= loValue) {
        hi = trial;
        hiValue = phi;
        hiSlope = dphi;
        hiFinite = finite;
      } else {
        if (Math.abs(dphi) <= curvatureBound) {
          result.set(LineSearchStatus.SATISFIED, trial, phi, evaluations, true);
          return;
        }
        if (dphi * (hi - lo) >= 0) {
          hi = lo;
          hiValue = loValue;
          hiSlope = loSlope;
          hiFinite = true;
        }
        lo = trial;
        loValue = phi;
        loSlope = dphi;
      }
    }
  }

  /** Writes x + αd into the result's point and ∇f there into its gradient; returns f there. */
  private static double evaluate(Objective objective, double[] x, double[] direction, double alpha,
      LineSearchResult result) {
    Vectors.addScaled(x, alpha, direction, result.point);
    double phi = objective.valueAndGradient(result.point, result.gradient);
    result.offerBest(alpha, phi);
    return phi;
  }

  /**
   * The minimiser of the cubic that interpolates φ and φ' at a and b (Nocedal &amp; Wright eq. 3.59), computed
   * with the terms scaled by their largest magnitude so that it does not overflow; NaN when the cubic has no
   * local minimiser.
   */
  static double cubicMinimizer(double a, double fa, double da, double b, double fb, double db) {
    double theta = 3 * (fa - fb) / (b - a) + da + db;
    double scale = Math.max(Math.abs(theta), Math.max(Math.abs(da), Math.abs(db)));
    if (scale == 0 || !Double.isFinite(scale)) {
      return Double.NaN;
    }
    double ts = theta / scale;
    double radicand = ts * ts - (da / scale) * (db / scale);
    if (radicand < 0) {
      return Double.NaN;
    }
    double gamma = scale * Math.sqrt(radicand);
    if (b < a) {
      gamma = -gamma;
    }
    double p = gamma - da + theta;
    double q = gamma - da + gamma + db;
    return q == 0 ? Double.NaN : a + p / q * (b - a);
  }

  /**
   * The minimiser of the quadratic through φ(a), φ'(a) and φ(b); NaN when that quadratic is not convex.
   */
  static double quadraticMinimizer(double a, double fa, double da, double b, double fb) {
    double h = b - a;
    double curvature = (fb - fa - da * h) / (h * h);
    return curvature > 0 ? a - da / (2 * curvature) : Double.NaN;
  }

  /** True when x + αd differs from x in at least one coordinate. */
  private static boolean movesPoint(double[] x, double alpha, double[] d) {
    for (int i = 0; i < x.length; i++) {
      if (x[i] + alpha * d[i] != x[i]) {
        return true;
      }
    }
    return false;
  }
}
