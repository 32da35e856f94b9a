package org.hesstrucks.linesearch;

/**
 * The outcome of one line search, and the workspace the search writes its trial points into. Allocated once
 * per run by the optimizer (n doubles for the point, n for the gradient), reused by every search.
 */
public final class LineSearchResult {
  final double[] point;
  final double[] gradient;
  LineSearchStatus status;
  double step;
  double value;
  int evaluations;
  boolean gradientKnown;

  public LineSearchResult(int dimension) {
    this.point = new double[dimension];
    this.gradient = new double[dimension];
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
}
