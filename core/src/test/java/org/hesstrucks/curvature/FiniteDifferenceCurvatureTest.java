package org.hesstrucks.curvature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Random;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.ExpQuarticObjective;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FiniteDifferenceCurvatureTest {
  private static final double EPS = Math.ulp(1.0);
  /**
   * Forward differences: truncation O(h) plus rounding O(ε/h) with h ~ √ε, so the relative error is a
   * constant times √ε ≈ 1.5e-8. The constant (third derivatives over the Hessian) is O(10) for this
   * objective; 100·√ε leaves a margin of about 10.
   */
  private static final double FORWARD_TOLERANCE = 100 * Math.sqrt(EPS);
  /** Central differences: O(h²) + O(ε/h) with h ~ ε^{1/3}, i.e. a constant times ε^{2/3} ≈ 3.7e-11. */
  private static final double CENTRAL_TOLERANCE = 100 * Math.pow(EPS, 2.0 / 3);
  /**
   * ε^{1/3} is not a double: the test checks that the step's cube gives back ε. Cubing triples the relative
   * error of a correctly rounded cube root and the products round three more times, so 8 ulps of ε.
   */
  private static final double CUBED_ULPS = 8;

  private static final double[] A = {1, -2, 0.5, 1.5};
  private static final double[] X = {0.3, -0.2, 0.5, 0.1};

  @Test
  @DisplayName("the test objective's analytic gradient matches central differences of its values")
  void fixtureGradientIsRight() {
    ExpQuarticObjective f = new ExpQuarticObjective(A);
    double[] g = new double[4];
    f.valueAndGradient(X, g);
    double h = 1e-5;
    for (int i = 0; i < 4; i++) {
      double[] plus = X.clone();
      double[] minus = X.clone();
      plus[i] += h;
      minus[i] -= h;
      double fd = (f.value(plus) - f.value(minus)) / (2 * h);
      assertEquals(g[i], fd, 1e-8 * Math.max(1, Math.abs(g[i])), "∂f/∂x" + i);
    }
  }

  @Test
  @DisplayName("the relative steps are √ε = 2⁻²⁶ and ε^{1/3}, with ε = 2⁻⁵²")
  void relativeStepConstants() {
    assertEquals(Math.scalb(1.0, -52), FiniteDifferenceCurvature.MACHINE_EPSILON, 0);
    assertEquals(Math.scalb(1.0, -26), FiniteDifferenceCurvature.FORWARD_RELATIVE_STEP, 0);
    double c = FiniteDifferenceCurvature.CENTRAL_RELATIVE_STEP;
    assertEquals(EPS, c * c * c, CUBED_ULPS * Math.ulp(EPS));
  }

  @Test
  @DisplayName("forward step is √ε(1+‖x‖)/‖d‖ exactly: x = (3,4), d = (0,2) gives 3·2⁻²⁶")
  void forwardStepFormula() {
    ExpQuarticObjective f = new ExpQuarticObjective(0.1, 0.2);
    FiniteDifferenceCurvature op = FiniteDifferenceCurvature.forward(f, new double[] {3, 4}, null);
    // (1 + ‖x‖) / ‖d‖ = 6 / 2 = 3, and √ε = 2⁻²⁶: every operation is exact.
    assertEquals(Math.scalb(3.0, -26), op.stepFor(new double[] {0, 2}), 0);
    assertEquals(Math.scalb(12.0, -26), op.stepFor(new double[] {-0.3, 0.4}), 0);
    assertEquals(0.0, op.stepFor(new double[] {0, 0}), 0);
  }

  @Test
  @DisplayName("central step is ε^{1/3}(1+‖x‖)/‖d‖: x = (3,4), d = (0,2) gives 3·ε^{1/3}")
  void centralStepFormula() {
    ExpQuarticObjective f = new ExpQuarticObjective(0.1, 0.2);
    FiniteDifferenceCurvature op = FiniteDifferenceCurvature.central(f, new double[] {3, 4});
    // (1 + ‖x‖) / ‖d‖ = 3, so step / 3 must be ε^{1/3}: its cube is ε.
    double c = op.stepFor(new double[] {0, 2}) / 3;
    assertEquals(EPS, c * c * c, CUBED_ULPS * Math.ulp(EPS));
    assertEquals(4 * op.stepFor(new double[] {0, 2}), op.stepFor(new double[] {0, 0.5}), 0);
    assertEquals(0.0, op.stepFor(new double[] {0, 0}), 0);
  }

  @Test
  @DisplayName("forward products are within O(√ε) of the analytic Hv; central ones much closer, on 20 directions")
  void accuracyAgainstAnalyticHessian() {
    ExpQuarticObjective f = new ExpQuarticObjective(A);
    FiniteDifferenceCurvature forward = FiniteDifferenceCurvature.forward(f, X, null);
    FiniteDifferenceCurvature central = FiniteDifferenceCurvature.central(f, X);
    Random random = new Random(20240607);
    double worstForward = 0;
    double worstCentral = 0;
    double[] v = new double[4];
    double[] exact = new double[4];
    double[] out = new double[4];
    for (int trial = 0; trial < 20; trial++) {
      for (int i = 0; i < 4; i++) {
        v[i] = random.nextGaussian();
      }
      f.hessianTimes(X, v, exact);
      forward.apply(v, out);
      worstForward = Math.max(worstForward, relativeError(out, exact));
      central.apply(v, out);
      worstCentral = Math.max(worstCentral, relativeError(out, exact));
    }
    assertTrue(worstForward <= FORWARD_TOLERANCE, "forward relative error " + worstForward);
    assertTrue(worstCentral <= CENTRAL_TOLERANCE, "central relative error " + worstCentral);
    assertTrue(worstCentral * 10 < worstForward,
        "central (" + worstCentral + ") should beat forward (" + worstForward + ") by at least 10×");
  }

  @Test
  @DisplayName("the step scales with 1/‖d‖: directions of norm 1e-8 and 1e8 are as accurate as unit ones")
  void accuracyIndependentOfDirectionScale() {
    ExpQuarticObjective f = new ExpQuarticObjective(A);
    FiniteDifferenceCurvature forward = FiniteDifferenceCurvature.forward(f, X, null);
    FiniteDifferenceCurvature central = FiniteDifferenceCurvature.central(f, X);
    double[] exact = new double[4];
    double[] out = new double[4];
    for (double scale : new double[] {1e-8, 1, 1e8}) {
      double[] v = {0.5 * scale, -1 * scale, 0.25 * scale, 2 * scale};
      f.hessianTimes(X, v, exact);
      forward.apply(v, out);
      assertTrue(relativeError(out, exact) <= FORWARD_TOLERANCE, "forward, ‖d‖ scale " + scale);
      central.apply(v, out);
      assertTrue(relativeError(out, exact) <= CENTRAL_TOLERANCE, "central, ‖d‖ scale " + scale);
    }
  }

  @Test
  @DisplayName("a zero direction gives a zero product without evaluating the objective (both modes)")
  void zeroDirectionEvaluatesNothing() {
    Objective objective = mock(Objective.class);
    when(objective.dimension()).thenReturn(3);
    double[] x = {1, 2, 3};
    FiniteDifferenceCurvature central = FiniteDifferenceCurvature.central(objective, x);
    FiniteDifferenceCurvature forward = FiniteDifferenceCurvature.forward(objective, x, new double[] {1, 1, 1});
    double[] out = {7, 7, 7};
    central.apply(new double[3], out);
    assertArrayEquals(new double[3], out, 0);
    out = new double[] {7, 7, 7};
    forward.apply(new double[] {0, -0.0, 0}, out);
    assertArrayEquals(new double[3], out, 0);
    verify(objective, never()).valueAndGradient(any(), any());
    verify(objective, never()).value(any());
  }

  @Test
  @DisplayName("forward with a supplied gradient never evaluates ∇f(x); each product costs one gradient")
  void forwardWithGradientCostsOneGradientPerProduct() {
    ExpQuarticObjective f = new ExpQuarticObjective(A);
    double[] g = new double[4];
    new ExpQuarticObjective(A).valueAndGradient(X, g);
    FiniteDifferenceCurvature op = FiniteDifferenceCurvature.forward(f, X, g);
    assertEquals(0, f.gradientCalls());
    double[] out = new double[4];
    for (int k = 1; k <= 3; k++) {
      op.apply(new double[] {1, k, 0, -1}, out);
      assertEquals(k, f.gradientCalls());
    }
    assertEquals(0, f.valueCalls());
    assertEquals(CurvatureMode.FORWARD_DIFFERENCE, op.mode());
    assertEquals(4, op.dimension());
  }

  @Test
  @DisplayName("forward without a gradient evaluates ∇f(x) once when built, then one gradient per product")
  void forwardWithoutGradientCostsOneGradientToBuild() {
    ExpQuarticObjective f = new ExpQuarticObjective(A);
    FiniteDifferenceCurvature op = FiniteDifferenceCurvature.forward(f, X, null);
    assertEquals(1, f.gradientCalls());
    op.apply(new double[] {1, 0, 0, 0}, new double[4]);
    op.apply(new double[] {0, 1, 0, 0}, new double[4]);
    assertEquals(3, f.gradientCalls());
  }

  @Test
  @DisplayName("central costs nothing to build and two gradients per product")
  void centralCostsTwoGradientsPerProduct() {
    ExpQuarticObjective f = new ExpQuarticObjective(A);
    FiniteDifferenceCurvature op = FiniteDifferenceCurvature.central(f, X);
    assertEquals(0, f.gradientCalls());
    for (int k = 1; k <= 3; k++) {
      op.apply(new double[] {1, 0, k, 0}, new double[4]);
      assertEquals(2 * k, f.gradientCalls());
    }
    assertEquals(CurvatureMode.CENTRAL_DIFFERENCE, op.mode());
  }

  @Test
  @DisplayName("the operator copies x and ∇f(x): later changes to the caller's arrays do not change products")
  void copiesPointAndGradient() {
    ExpQuarticObjective f = new ExpQuarticObjective(A);
    double[] x = X.clone();
    double[] g = new double[4];
    f.valueAndGradient(x, g);
    FiniteDifferenceCurvature forward = FiniteDifferenceCurvature.forward(f, x, g);
    FiniteDifferenceCurvature central = FiniteDifferenceCurvature.central(f, x);
    double[] v = {1, -1, 0.5, 2};
    double[] forwardBefore = new double[4];
    double[] centralBefore = new double[4];
    forward.apply(v, forwardBefore);
    central.apply(v, centralBefore);
    java.util.Arrays.fill(x, 99);
    java.util.Arrays.fill(g, 99);
    double[] out = new double[4];
    forward.apply(v, out);
    assertArrayEquals(forwardBefore, out, 0);
    central.apply(v, out);
    assertArrayEquals(centralBefore, out, 0);
  }

  @Test
  @DisplayName("a point of the wrong length is refused with a message, before anything is evaluated")
  void wrongPointLength() {
    ExpQuarticObjective f = new ExpQuarticObjective(1, 2);
    IllegalArgumentException central = assertThrows(IllegalArgumentException.class,
        () -> FiniteDifferenceCurvature.central(f, new double[3]));
    assertEquals("point has length 3, objective has dimension 2", central.getMessage());
    IllegalArgumentException forward = assertThrows(IllegalArgumentException.class,
        () -> FiniteDifferenceCurvature.forward(f, new double[3], null));
    assertEquals("point has length 3, objective has dimension 2", forward.getMessage());
    assertEquals(0, f.gradientCalls());
  }

  @Test
  @DisplayName("a supplied gradient of the wrong length is refused when the operator is built")
  void wrongGradientLength() {
    ExpQuarticObjective f = new ExpQuarticObjective(1, 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FiniteDifferenceCurvature.forward(f, new double[2], new double[1]));
    assertEquals("gradient has length 1, objective has dimension 2", e.getMessage());
  }

  @Test
  @DisplayName("Objective's default curvatureAt builds finite-difference operators and refuses exact modes by name")
  void objectiveDefaultCurvature() {
    Objective plain = new Objective() {
      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public double value(double[] x) {
        return 0;
      }

      @Override
      public double valueAndGradient(double[] x, double[] gradientOut) {
        gradientOut[0] = 0;
        gradientOut[1] = 0;
        return 0;
      }
    };
    assertEquals(1, plain.sampleCount());
    assertEquals(java.util.EnumSet.of(CurvatureMode.FORWARD_DIFFERENCE, CurvatureMode.CENTRAL_DIFFERENCE),
        plain.curvatureModes());
    for (CurvatureMode mode : plain.curvatureModes()) {
      assertSame(mode, plain.curvatureAt(new double[2], mode).mode());
    }
    UnsupportedCurvatureModeException e = assertThrows(UnsupportedCurvatureModeException.class,
        () -> plain.curvatureAt(new double[2], CurvatureMode.GAUSS_NEWTON));
    assertEquals("curvature: expected one of the modes this objective offers (central-difference, forward-difference),"
        + " got gauss-newton", e.getMessage());
    assertEquals("curvature", e.field());
  }

  private static double relativeError(double[] approx, double[] exact) {
    double[] diff = new double[exact.length];
    Vectors.addScaled(approx, -1, exact, diff);
    return Vectors.norm2(diff) / Vectors.norm2(exact);
  }
}
