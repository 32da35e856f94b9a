package org.hesstrucks.model.quadratic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LargeDimensionTest {
  private static final int N = 1_000_000;
  private static final int REFLECTORS = 8;
  /** Rounding of Ax − b against the eigenbasis form, relative to ‖b‖ + ‖Ax‖. */
  private static final double ROUNDING = 1e-12;
  /** Two 10⁶-term sums compared: rounding grows with n, still far below this. */
  private static final double SUM_ROUNDING = 1e-9;

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  @DisplayName("n = 10⁶ with auto rotation: Householder, builds, evaluates, and holds O(kn) doubles")
  void million() {
    QuadraticModel model = new QuadraticModel(QuadraticConfig.defaults().withDimension(N).withReflectors(REFLECTORS));
    assertEquals(Rotation.HOUSEHOLDER, model.rotation());
    // k n for the reflectors, 4 n for λ, x*, Qᵀx*, b, 2 n of workspace, k for the reflectors' scales.
    assertEquals((long) (REFLECTORS + 6) * N + REFLECTORS, model.storedDoubles());

    Objective f = model.trainingObjective();
    double[] x = new double[N];
    model.initialParameters(3, x);
    double[] g = new double[N];
    double value = f.valueAndGradient(x, g);
    assertTrue(Double.isFinite(value) && value > model.minimumValue());

    double[] ax = new double[N];
    model.applyHessian(x, ax);
    double[] b = model.linearTerm();
    double worst = 0;
    double scale = 0;
    for (int i = 0; i < N; i++) {
      worst = Math.max(worst, Math.abs(ax[i] - b[i] - g[i]));
      scale = Math.max(scale, Math.abs(ax[i]) + Math.abs(b[i]));
    }
    assertTrue(worst <= ROUNDING * scale, "max |Ax − b − ∇f| = " + worst);

    // f(x) − f* = ½ (x − x*)ᵀ A (x − x*) = ½ (x − x*)ᵀ ∇f(x)
    double[] xStar = model.minimizer();
    double excess = 0;
    for (int i = 0; i < N; i++) {
      excess += 0.5 * (x[i] - xStar[i]) * g[i];
    }
    assertEquals(excess, value - model.minimumValue(), SUM_ROUNDING * excess);
    assertEquals(1e-2, model.smallestEigenvalue(), 0.0);
    assertEquals(1, model.largestEigenvalue(), 0.0);
  }
}
