package org.hesstrucks.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AcceptedPointTest {
  /** f(x) = Σ xᵢ², counting its evaluations. */
  private static final class Counted implements Objective {
    int evaluations;

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public double value(double[] x) {
      evaluations++;
      return x[0] * x[0] + x[1] * x[1];
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
      g[0] = 2 * x[0];
      g[1] = 2 * x[1];
      return value(x);
    }
  }

  @Test
  @DisplayName("reuses f once for the remembered objective and θ; evaluates for another θ, another objective, or a "
      + "second time")
  void reuseRules() {
    Counted f = new Counted();
    Counted other = new Counted();
    AcceptedPoint accepted = new AcceptedPoint(2);
    double[] g = new double[2];
    double[] theta = {1, 2};
    assertEquals(5, accepted.valueAndGradient(f, theta, g));
    assertEquals(1, f.evaluations, "nothing remembered yet");
    accepted.remember(f, theta, 5);
    theta[0] = 1; // same bits
    assertEquals(5, accepted.valueAndGradient(f, theta, g));
    assertEquals(1, f.evaluations, "the same objective at the same θ: reused");
    assertArrayEquals(new double[] {2, 4}, g, 0, "the caller's gradient array still holds ∇f(θ)");
    assertEquals(5, accepted.valueAndGradient(f, theta, g));
    assertEquals(2, f.evaluations, "forgotten after one use");
    accepted.remember(f, theta, 5);
    assertEquals(5, accepted.valueAndGradient(other, theta, g));
    assertEquals(1, other.evaluations, "another objective instance (a new mini-batch) is evaluated");
    accepted.remember(f, theta, 5);
    double up = Math.nextUp(2.0);
    assertEquals(1 + up * up, accepted.valueAndGradient(f, new double[] {1, up}, g));
    assertEquals(3, f.evaluations, "θ one ulp away is evaluated");
  }

  @Test
  @DisplayName("ifNotFinite: null when f and ∇f are finite; else the failure with the exact message")
  void notFinite() {
    assertNull(StepReport.ifNotFinite(1, new double[] {0, 1}));
    assertEquals("objective is not finite at the current point (f = NaN)",
        StepReport.ifNotFinite(Double.NaN, new double[] {0, 1}).message());
    StepReport report = StepReport.ifNotFinite(2, new double[] {Double.POSITIVE_INFINITY, 1});
    assertEquals(StepStatus.FAILED, report.status());
    assertEquals("objective is not finite at the current point (f = 2.0, gradient has non-finite entries)",
        report.message());
  }
}
