package org.hesstrucks.testkit.problems;

/**
 * Beale's function (MGH problem 5): rᵢ = yᵢ − x₁(1 − x₂ⁱ), i = 1, 2, 3, with y = (1.5, 2.25, 2.625).
 * Start (1, 1); minimum 0 at (3, 0.5).
 */
public final class Beale extends SumOfSquares {
  private static final double[] Y = {1.5, 2.25, 2.625};

  public Beale() {
    super(2, 3);
  }

  @Override
  protected void residuals(double[] x, double[] out) {
    double p = 1;
    for (int i = 0; i < 3; i++) {
      p *= x[1];
      out[i] = Y[i] - x[0] * (1 - p);
    }
  }

  @Override
  protected void jacobianTimes(double[] x, double[] v, double[] out) {
    double a = x[0];
    double b = x[1];
    // ∂rᵢ/∂x₁ = −(1 − bⁱ), ∂rᵢ/∂x₂ = a·i·bⁱ⁻¹
    out[0] = -(1 - b) * v[0] + a * v[1];
    out[1] = -(1 - b * b) * v[0] + 2 * a * b * v[1];
    out[2] = -(1 - b * b * b) * v[0] + 3 * a * b * b * v[1];
  }

  @Override
  protected void jacobianTransposeTimes(double[] x, double[] w, double[] out) {
    double a = x[0];
    double b = x[1];
    out[0] = -(1 - b) * w[0] - (1 - b * b) * w[1] - (1 - b * b * b) * w[2];
    out[1] = a * w[0] + 2 * a * b * w[1] + 3 * a * b * b * w[2];
  }

  @Override
  protected void addWeightedResidualHessians(double[] x, double[] w, double[] v, double[] out) {
    double a = x[0];
    double b = x[1];
    // ∇²rᵢ = [[0, i·bⁱ⁻¹], [i·bⁱ⁻¹, a·i(i−1)·bⁱ⁻²]]
    double h12 = w[0] + 2 * b * w[1] + 3 * b * b * w[2];
    double h22 = 2 * a * w[1] + 6 * a * b * w[2];
    out[0] += h12 * v[1];
    out[1] += h12 * v[0] + h22 * v[1];
  }
}
