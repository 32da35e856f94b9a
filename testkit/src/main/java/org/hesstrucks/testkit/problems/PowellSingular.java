package org.hesstrucks.testkit.problems;

/**
 * Powell's singular function (MGH problem 13): r₁ = x₁ + 10x₂, r₂ = √5(x₃ − x₄), r₃ = (x₂ − 2x₃)²,
 * r₄ = √10(x₁ − x₄)². Start (3, −1, 0, 1); minimum 0 at the origin, where the Hessian is singular (rank 2),
 * so Newton's method converges only linearly there: a stress test for curvature-based methods.
 */
public final class PowellSingular extends SumOfSquares {
  private static final double SQRT5 = Math.sqrt(5);
  private static final double SQRT10 = Math.sqrt(10);

  public PowellSingular() {
    super(4, 4);
  }

  @Override
  protected void residuals(double[] x, double[] out) {
    double a = x[1] - 2 * x[2];
    double b = x[0] - x[3];
    out[0] = x[0] + 10 * x[1];
    out[1] = SQRT5 * (x[2] - x[3]);
    out[2] = a * a;
    out[3] = SQRT10 * b * b;
  }

  @Override
  protected void jacobianTimes(double[] x, double[] v, double[] out) {
    double a = x[1] - 2 * x[2];
    double b = x[0] - x[3];
    out[0] = v[0] + 10 * v[1];
    out[1] = SQRT5 * (v[2] - v[3]);
    out[2] = 2 * a * (v[1] - 2 * v[2]);
    out[3] = 2 * SQRT10 * b * (v[0] - v[3]);
  }

  @Override
  protected void jacobianTransposeTimes(double[] x, double[] w, double[] out) {
    double a = x[1] - 2 * x[2];
    double b = x[0] - x[3];
    double s = 2 * a * w[2];
    double t = 2 * SQRT10 * b * w[3];
    out[0] = w[0] + t;
    out[1] = 10 * w[0] + s;
    out[2] = SQRT5 * w[1] - 2 * s;
    out[3] = -SQRT5 * w[1] - t;
  }

  @Override
  protected void addWeightedResidualHessians(double[] x, double[] w, double[] v, double[] out) {
    // ∇²r₃ = 2 u uᵀ with u = (0, 1, −2, 0); ∇²r₄ = 2√10 q qᵀ with q = (1, 0, 0, −1)
    double s = 2 * w[2] * (v[1] - 2 * v[2]);
    double t = 2 * SQRT10 * w[3] * (v[0] - v[3]);
    out[0] += t;
    out[1] += s;
    out[2] -= 2 * s;
    out[3] -= t;
  }
}
