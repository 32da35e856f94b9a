package org.hesstrucks.testkit.problems;

/**
 * The helical valley (MGH problem 7): r₁ = 10(x₃ − 10θ(x₁, x₂)), r₂ = 10(√(x₁² + x₂²) − 1), r₃ = x₃, with
 * θ = arctan(x₂/x₁)/2π for x₁ &gt; 0 and arctan(x₂/x₁)/2π + 0.5 for x₁ &lt; 0 (at x₁ = 0 the limit from
 * x₁ &gt; 0 for x₂ ≤ 0 and 0.25 for x₂ &gt; 0). Start (−1, 0, 0) with f = 2500; minimum 0 at (1, 0, 0).
 * θ jumps across the half-plane x₁ = 0, x₂ &lt; 0, and the function is not defined on the x₃ axis.
 */
public final class HelicalValley extends SumOfSquares {
  private static final double TWO_PI = 2 * Math.PI;

  public HelicalValley() {
    super(3, 3);
  }

  /** θ(x₁, x₂) as MGH define it. */
  static double theta(double x1, double x2) {
    if (x1 > 0) {
      return Math.atan(x2 / x1) / TWO_PI;
    }
    if (x1 < 0) {
      return Math.atan(x2 / x1) / TWO_PI + 0.5;
    }
    return x2 > 0 ? 0.25 : -0.25;
  }

  @Override
  protected void residuals(double[] x, double[] out) {
    out[0] = 10 * (x[2] - 10 * theta(x[0], x[1]));
    out[1] = 10 * (Math.hypot(x[0], x[1]) - 1);
    out[2] = x[2];
  }

  @Override
  protected void jacobianTimes(double[] x, double[] v, double[] out) {
    double r2 = x[0] * x[0] + x[1] * x[1];
    double r = Math.sqrt(r2);
    // ∂θ/∂x₁ = −x₂/(2πρ²), ∂θ/∂x₂ = x₁/(2πρ²)
    double t1 = -x[1] / (TWO_PI * r2);
    double t2 = x[0] / (TWO_PI * r2);
    out[0] = -100 * (t1 * v[0] + t2 * v[1]) + 10 * v[2];
    out[1] = 10 * (x[0] * v[0] + x[1] * v[1]) / r;
    out[2] = v[2];
  }

  @Override
  protected void jacobianTransposeTimes(double[] x, double[] w, double[] out) {
    double r2 = x[0] * x[0] + x[1] * x[1];
    double r = Math.sqrt(r2);
    double t1 = -x[1] / (TWO_PI * r2);
    double t2 = x[0] / (TWO_PI * r2);
    out[0] = -100 * t1 * w[0] + 10 * x[0] / r * w[1];
    out[1] = -100 * t2 * w[0] + 10 * x[1] / r * w[1];
    out[2] = 10 * w[0] + w[2];
  }

  @Override
  protected void addWeightedResidualHessians(double[] x, double[] w, double[] v, double[] out) {
    double a = x[0];
    double b = x[1];
    double r2 = a * a + b * b;
    double r = Math.sqrt(r2);
    double r4 = r2 * r2;
    double r3 = r2 * r;
    // ∇²θ = [[ab/(πρ⁴), (b² − a²)/(2πρ⁴)], [·, −ab/(πρ⁴)]]; ∇²r₁ = −100 ∇²θ
    double t11 = a * b / (Math.PI * r4);
    double t12 = (b * b - a * a) / (TWO_PI * r4);
    // ∇²ρ = [[b²/ρ³, −ab/ρ³], [·, a²/ρ³]]; ∇²r₂ = 10 ∇²ρ
    double p11 = b * b / r3;
    double p12 = -a * b / r3;
    double p22 = a * a / r3;
    double h11 = -100 * w[0] * t11 + 10 * w[1] * p11;
    double h12 = -100 * w[0] * t12 + 10 * w[1] * p12;
    double h22 = 100 * w[0] * t11 + 10 * w[1] * p22;
    out[0] += h11 * v[0] + h12 * v[1];
    out[1] += h12 * v[0] + h22 * v[1];
  }
}
