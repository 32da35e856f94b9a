package org.hesstrucks.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GradientCheckTest {
  private final ContractQuadratic quadratic = new ContractQuadratic(20, 100, 3);

  @Test
  @DisplayName("the contract quadratic's gradient vanishes at x* and matches central differences elsewhere")
  void quadraticGradient() {
    double[] g = new double[20];
    assertEquals(0.0, quadratic.valueAndGradient(quadratic.minimizer(), g), 0.0);
    assertEquals(0.0, Vectors.norm2(g), 1e-12);
    double[] x = new double[20];
    java.util.Arrays.fill(x, 0.3);
    assertTrue(GradientCheck.gradientError(quadratic, x) < 1e-8);
  }

  @Test
  @DisplayName("exact and central-difference products of the quadratic agree; a wrong product is caught")
  void productCheck() {
    double[] x = new double[20];
    double[] v = new double[20];
    for (int i = 0; i < 20; i++) {
      x[i] = Math.sin(i);
      v[i] = Math.cos(3 * i);
    }
    assertTrue(GradientCheck.productError(quadratic, quadratic.curvatureAt(x, CurvatureMode.EXACT), x, v) < 1e-8);
    assertTrue(GradientCheck.asymmetry(quadratic.curvatureAt(x, CurvatureMode.EXACT), x, v) < 1e-12);
    Objective scaled = new Objective() {
      @Override
      public int dimension() {
        return 20;
      }

      @Override
      public double value(double[] y) {
        return quadratic.value(y);
      }

      @Override
      public double valueAndGradient(double[] y, double[] out) {
        double f = quadratic.valueAndGradient(y, out);
        Vectors.scale(1.01, out); // a gradient 1% off
        return f;
      }
    };
    assertTrue(GradientCheck.gradientError(scaled, x) > 5e-3);
  }
}
