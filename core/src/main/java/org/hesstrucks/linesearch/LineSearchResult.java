package org.hesstrucks.linesearch;

/**
 * The outcome of one line search, and the workspace the search writes its trial points into. Allocated once
 * per run by the optimizer (n doubles each for the point, the gradient and the best trial point), reused by
 * every search.
 *
 * <p>Besides the last trial, the result keeps the best trial of the search: the one with the lowest finite
 * value ({@link #bestStep()}, {@link #bestValue()}, {@link #bestPoint()}). An optimizer whose failure policy
 * is {@link LineSearchFailurePolicy#ACCEPT_LAST} moves there when the search fails but that value is below
 * f(x).
 */
public final class LineSearchResult {
  final double[] point;
  final double[] gradient;
  final double[] bestPoint;
  double bestStep;
  double bestValue = Double.POSITIVE_INFINITY;
  LineSearchStatus status;
  double step;
  double value;
  int evaluations;
  boolean gradientKnown;

  public LineSearchResult(int dimension) {
    this.point = new double[dimension];
    this.gradient = new double[dimension];
    this.bestPoint = new double[dimension];
  }

  /** Why the search stopped. */
  public LineSearchStatus status() {
    return status;
  }

  /** The last step tried: the accepted one on success. */
  public double step() {
    return step;
  }

  /** f at {@link #point()}. */
  public double value() {
    return value;
  }

  /** x + step·d for the last step tried. Owned by this result; read it, copy it, do not keep it. */
  public double[] point() {
    return point;
  }

  /** ∇f at {@link #point()}, valid only when {@link #gradientKnown()}. */
  public double[] gradient() {
    return gradient;
  }

  /** True when the search evaluated the gradient at the final point (Wolfe searches do; Armijo does not). */
  public boolean gradientKnown() {
    return gradientKnown;
  }

  /** Objective evaluations this search made. */
  public int evaluations() {
    return evaluations;
  }

  /** Sets every field; for line-search implementations outside this package. */
  public void set(LineSearchStatus status, double step, double value, int evaluations, boolean gradientKnown) {
    this.status = status;
    this.step = step;
    this.value = value;
    this.evaluations = evaluations;
    this.gradientKnown = gradientKnown;
  }

  /**
   * The step of the trial with the lowest finite value in the last search; 0 when no trial had a finite
   * value (or nothing was evaluated).
   */
  public double bestStep() {
    return bestStep;
  }

  /** The lowest finite trial value of the last search; +∞ when no trial had a finite value. */
  public double bestValue() {
    return bestValue;
  }

  /**
   * The trial point with the lowest finite value, x + {@link #bestStep()}·d; meaningful only when
   * {@link #bestValue()} is finite. Owned by this result; read it, copy it, do not keep it.
   */
  public double[] bestPoint() {
    return bestPoint;
  }

  /** True when some trial of the last search has a finite value below {@code startValue}. */
  public boolean hasDecrease(double startValue) {
    return bestValue < startValue;
  }

  /** Forgets the best trial; a search calls it before its first trial. */
  public void resetBest() {
    bestStep = 0;
    bestValue = Double.POSITIVE_INFINITY;
  }

  /**
   * Offers the trial now in {@link #point()} (at {@code step}, with value {@code trialValue}) as the best
   * one: kept, by copying the point, when its value is finite and below the best so far. For line-search
   * implementations; call it after each evaluation.
   */
  public void offerBest(double step, double trialValue) {
    if (Double.isFinite(trialValue) && trialValue < bestValue) {
      bestValue = trialValue;
      bestStep = step;
      System.arraycopy(point, 0, bestPoint, 0, point.length);
    }
  }

  /**
   * Starts a search: clears the best trial, and returns the directional derivative ∇f(x)ᵀd, or NaN after
   * recording {@link LineSearchStatus#NON_FINITE_START} or {@link LineSearchStatus#NOT_DESCENT_DIRECTION}
   * (with the point left at x and nothing evaluated) when the search must not begin.
   */
  double start(double[] x, double value, double[] gradient, double[] direction) {
    resetBest();
    double slope = org.hesstrucks.linalg.Vectors.dot(gradient, direction);
    LineSearchStatus refusal = !Double.isFinite(value) || !Double.isFinite(slope) ? LineSearchStatus.NON_FINITE_START
        : slope >= 0 ? LineSearchStatus.NOT_DESCENT_DIRECTION : null;
    if (refusal == null) {
      return slope;
    }
    set(refusal, 0, value, 0, false);
    System.arraycopy(x, 0, point, 0, x.length);
    return Double.NaN;
  }

  /**
   * The first trial step: {@code requested} unless it is {@link LineSearch#CONFIGURED_INITIAL_STEP}, in which case
   * {@code configured}.
   *
   * @throws IllegalArgumentException when that is not a positive finite number
   */
  static double firstStep(double requested, double configured) {
    double alpha = Double.isNaN(requested) ? configured : requested;
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("initial step must be a positive finite number, got " + requested);
    }
    return alpha;
  }
}
