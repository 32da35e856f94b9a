package org.hesstrucks.testkit.problems;

/**
 * Brown's badly scaled function (MGH problem 4): r₁ = x₁ − 10⁶, r₂ = x₂ − 2·10⁻⁶, r₃ = x₁x₂ − 2.
 * Start (1, 1); minimum 0 at (10⁶, 2·10⁻⁶). The minimiser's coordinates differ by twelve orders of magnitude.
 */
public final class BrownBadlyScaled extends SumOfSquares {
  public BrownBadlyScaled() {
    super(2, 3);
  }

  @Override
  protected void residuals(double[] x, double[] out) {
    out[0] = x[0] - 1e6;
    out[1] = x[1] - 2e-6;
    out[2] = x[0] * x[1] - 2;
  }

  @Override
  protected void jacobianTimes(double[] x, double[] v, double[] out) {
    out[0] = v[0];
    out[1] = v[1];
    out[2] = x[1] * v[0] + x[0] * v[1];
  }

  @Override
  protected void jacobianTransposeTimes(double[] x, double[] w, double[] out) {
    out[0] = w[0] + x[1] * w[2];
    out[1] = w[1] + x[0] * w[2];
  }

  @Override
  protected void addWeightedResidualHessians(double[] x, double[] w, double[] v, double[] out) {
    out[0] += w[2] * v[1];
    out[1] += w[2] * v[0];
  }
}
