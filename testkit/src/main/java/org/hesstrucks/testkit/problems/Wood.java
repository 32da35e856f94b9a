package org.hesstrucks.testkit.problems;

/**
 * Wood's function (MGH problem 14): r₁ = 10(x₂ − x₁²), r₂ = 1 − x₁, r₃ = √90(x₄ − x₃²), r₄ = 1 − x₃,
 * r₅ = √10(x₂ + x₄ − 2), r₆ = (x₂ − x₄)/√10. Start (−3, −1, −3, −1) with f = 19192; minimum 0 at (1, 1, 1, 1).
 */
public final class Wood extends SumOfSquares {
  private static final double SQRT90 = Math.sqrt(90);
  private static final double SQRT10 = Math.sqrt(10);

  public Wood() {
    super(4, 6);
  }

  @Override
  protected void residuals(double[] x, double[] out) {
    out[0] = 10 * (x[1] - x[0] * x[0]);
    out[1] = 1 - x[0];
    out[2] = SQRT90 * (x[3] - x[2] * x[2]);
    out[3] = 1 - x[2];
    out[4] = SQRT10 * (x[1] + x[3] - 2);
    out[5] = (x[1] - x[3]) / SQRT10;
  }

  @Override
  protected void jacobianTimes(double[] x, double[] v, double[] out) {
    out[0] = -20 * x[0] * v[0] + 10 * v[1];
    out[1] = -v[0];
    out[2] = -2 * SQRT90 * x[2] * v[2] + SQRT90 * v[3];
    out[3] = -v[2];
    out[4] = SQRT10 * (v[1] + v[3]);
    out[5] = (v[1] - v[3]) / SQRT10;
  }

  @Override
  protected void jacobianTransposeTimes(double[] x, double[] w, double[] out) {
    out[0] = -20 * x[0] * w[0] - w[1];
    out[1] = 10 * w[0] + SQRT10 * w[4] + w[5] / SQRT10;
    out[2] = -2 * SQRT90 * x[2] * w[2] - w[3];
    out[3] = SQRT90 * w[2] + SQRT10 * w[4] - w[5] / SQRT10;
  }

  @Override
  protected void addWeightedResidualHessians(double[] x, double[] w, double[] v, double[] out) {
    out[0] += -20 * w[0] * v[0];
    out[2] += -2 * SQRT90 * w[2] * v[2];
  }
}
