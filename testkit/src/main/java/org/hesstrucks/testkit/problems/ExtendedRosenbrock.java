package org.hesstrucks.testkit.problems;

/**
 * Extended Rosenbrock (MGH problem 21; problem 1 for n = 2): for each pair (i, j) = (2k, 2k+1),
 * r₂ₖ = 10(x_j − x_i²) and r₂ₖ₊₁ = 1 − x_i, so f = Σₖ 100(x_j − x_i²)² + (1 − x_i)².
 * Start (−1.2, 1, −1.2, 1, ...); minimum 0 at (1, ..., 1). n must be even.
 */
public final class ExtendedRosenbrock extends SumOfSquares {
  /**
   * @param n an even dimension ≥ 2
   */
  public ExtendedRosenbrock(int n) {
    super(checkEven(n), n);
  }

  private static int checkEven(int n) {
    if (n < 2 || n % 2 != 0) {
      throw new IllegalArgumentException("extended Rosenbrock needs an even n ≥ 2, got " + n);
    }
    return n;
  }

  @Override
  protected void residuals(double[] x, double[] out) {
    for (int i = 0; i < x.length; i += 2) {
      out[i] = 10 * (x[i + 1] - x[i] * x[i]);
      out[i + 1] = 1 - x[i];
    }
  }

  @Override
  protected void jacobianTimes(double[] x, double[] v, double[] out) {
    for (int i = 0; i < x.length; i += 2) {
      out[i] = 10 * (v[i + 1] - 2 * x[i] * v[i]);
      out[i + 1] = -v[i];
    }
  }

  @Override
  protected void jacobianTransposeTimes(double[] x, double[] w, double[] out) {
    for (int i = 0; i < x.length; i += 2) {
      out[i] = -20 * x[i] * w[i] - w[i + 1];
      out[i + 1] = 10 * w[i];
    }
  }

  @Override
  protected void addWeightedResidualHessians(double[] x, double[] w, double[] v, double[] out) {
    for (int i = 0; i < x.length; i += 2) {
      out[i] += -20 * w[i] * v[i];
    }
  }
}
