package org.hesstrucks.curvature;

/**
 * A symmetric linear operator v ↦ Bv standing for the curvature of an objective at one point on one batch.
 *
 * <p>Built by {@link org.hesstrucks.objective.Objective#curvatureAt}, which copies the point and caches what
 * products reuse. {@link #apply} is the marginal cost of one product and does not allocate.
 */
public interface CurvatureOperator {
  /** The dimension n of the vectors it maps. */
  int dimension();

  /** Which curvature this is. */
  CurvatureMode mode();

  /**
   * Writes B v into {@code out}.
   *
   * @param v length n; not modified
   * @param out length n, not the same array as {@code v}; modified
   */
  void apply(double[] v, double[] out);
}
