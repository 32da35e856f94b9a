package org.hesstrucks.linesearch;

import org.hesstrucks.objective.Objective;

/**
 * An objective that costs O(1) per evaluation whatever its dimension, for measuring a line search's own
 * overhead: its first {@code rejections} evaluations after {@link #reset} return f₀ + 1 (no decrease, so
 * every search rejects them), the next ones f₀ − 1 (a decrease every search accepts). It never writes the
 * gradient: the caller's gradient array keeps what it held, and a strong-Wolfe search whose result
 * gradient is zero sees φ'(α) = 0, which satisfies the curvature condition.
 */
final class FreeObjective implements Objective {
  private final int dimension;
  private final double startValue;
  private final int rejections;
  private int calls;

  /**
   * @param dimension n
   * @param startValue f₀, the value at the search's start point
   * @param rejections how many evaluations after {@link #reset} return no decrease
   */
  FreeObjective(int dimension, double startValue, int rejections) {
    this.dimension = dimension;
    this.startValue = startValue;
    this.rejections = rejections;
  }

  /** Starts a new search: the next {@code rejections} evaluations are rejected again. */
  void reset() {
    calls = 0;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public double value(double[] x) {
    return ++calls <= rejections ? startValue + 1 : startValue - 1;
  }

  @Override
  public double valueAndGradient(double[] x, double[] gradientOut) {
    return value(x);
  }
}
