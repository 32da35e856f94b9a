package org.hesstrucks.model.quadratic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.curvature.UnsupportedCurvatureModeException;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CurvatureTest {
  private static final int N = 60;
  /**
   * Forward differences: the gradient is linear, so there is no truncation error, only rounding of order
   * ε ‖∇f‖ / (h ‖v‖) with h ‖v‖ = √ε (1 + ‖x‖): at most 1.2e-7 relative here, measured.
   */
  private static final double FORWARD = 1e-6;
  /** Central differences: rounding of order ε ‖∇f‖ / (h ‖v‖), h ‖v‖ = ε^(1/3) (1 + ‖x‖): at most 2e-10, measured. */
  private static final double CENTRAL = 1e-9;

  private static QuadraticModel model(Rotation rotation) {
    return new QuadraticModel(QuadraticConfig.defaults().withDimension(N).withRotation(rotation).withInstanceSeed(5));
  }

  /** A well-scaled point: entries of size 1/√n, so ‖x‖ ≈ 1. */
  private static double[] point() {
    double[] x = DenseMatrices.gaussian(N, 23);
    for (int i = 0; i < N; i++) {
      x[i] /= Math.sqrt(N);
    }
    return x;
  }

  @ParameterizedTest
  @EnumSource(value = Rotation.class, names = {"DENSE", "HOUSEHOLDER", "NONE"})
  @DisplayName("forward- and central-difference products agree with the exact product")
  void finiteDifferences(Rotation rotation) {
    Objective f = model(rotation).trainingObjective();
    double[] x = point();
    double[] g = new double[N];
    f.valueAndGradient(x, g);
    CurvatureOperator exact = f.curvatureAt(x, g, CurvatureMode.EXACT);
    CurvatureOperator forward = f.curvatureAt(x, g, CurvatureMode.FORWARD_DIFFERENCE);
    CurvatureOperator forwardWithoutGradient = f.curvatureAt(x, CurvatureMode.FORWARD_DIFFERENCE);
    CurvatureOperator central = f.curvatureAt(x, null, CurvatureMode.CENTRAL_DIFFERENCE);
    assertEquals(CurvatureMode.EXACT, exact.mode());
    assertEquals(CurvatureMode.FORWARD_DIFFERENCE, forward.mode());
    assertEquals(CurvatureMode.CENTRAL_DIFFERENCE, central.mode());
    assertEquals(N, exact.dimension());
    for (long seed = 0; seed < 5; seed++) {
      double[] v = DenseMatrices.gaussian(N, 100 + seed);
      double[] expected = new double[N];
      double[] actual = new double[N];
      exact.apply(v, expected);
      forward.apply(v, actual);
      assertTrue(DenseMatrices.relativeError(actual, expected) <= FORWARD,
          "forward error " + DenseMatrices.relativeError(actual, expected));
      forwardWithoutGradient.apply(v, actual);
      assertTrue(DenseMatrices.relativeError(actual, expected) <= FORWARD);
      central.apply(v, actual);
      assertTrue(DenseMatrices.relativeError(actual, expected) <= CENTRAL,
          "central error " + DenseMatrices.relativeError(actual, expected));
    }
  }

  @Test
  @DisplayName("offers exact and both finite-difference modes; Gauss-Newton is refused by name")
  void modes() {
    Objective f = model(Rotation.DENSE).trainingObjective();
    assertEquals(EnumSet.of(CurvatureMode.EXACT, CurvatureMode.FORWARD_DIFFERENCE, CurvatureMode.CENTRAL_DIFFERENCE),
        f.curvatureModes());
    UnsupportedCurvatureModeException e = assertThrows(UnsupportedCurvatureModeException.class,
        () -> f.curvatureAt(new double[N], CurvatureMode.GAUSS_NEWTON));
    assertEquals("curvature: expected one of the modes this objective offers "
        + "(central-difference, exact, forward-difference), got gauss-newton", e.getMessage());
  }

  @Test
  @DisplayName("the exact operator does not depend on the point")
  void exactIsConstant() {
    Objective f = model(Rotation.HOUSEHOLDER).trainingObjective();
    double[] v = DenseMatrices.gaussian(N, 29);
    double[] atZero = new double[N];
    double[] atPoint = new double[N];
    f.curvatureAt(new double[N], CurvatureMode.EXACT).apply(v, atZero);
    f.curvatureAt(point(), CurvatureMode.EXACT).apply(v, atPoint);
    assertEquals(0, DenseMatrices.relativeError(atPoint, atZero), 0.0);
  }

  @Test
  @DisplayName("wrong lengths are refused with the dimension named")
  void lengths() {
    Objective f = model(Rotation.NONE).trainingObjective();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.value(new double[N + 1]));
    assertEquals("point has length 61, the quadratic has dimension 60", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> f.valueAndGradient(new double[N], new double[N - 1]));
    CurvatureOperator exact = f.curvatureAt(new double[N], CurvatureMode.EXACT);
    assertThrows(IllegalArgumentException.class, () -> exact.apply(new double[N], new double[2]));
  }
}
