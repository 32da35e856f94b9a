package org.hesstrucks.model.quadratic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Value and gradient against the closed forms, the dense matrix and finite differences, for every kind. */
class QuadraticObjectiveTest {
  private static final int N = 40;
  private static final double KAPPA = 1e3;

  /** Rounding of an n-term matrix-vector product, relative to the size of its terms. */
  private static final double ROUNDING = 1e-12;
  /**
   * Central differences of value() with step H: exact for a quadratic in exact arithmetic, so the error is
   * rounding, about ε |f| / H ≈ 1e-11 relative here.
   */
  private static final double FINITE_DIFFERENCE_TOLERANCE = 1e-8;
  private static final double H = 1e-3;

  static List<Arguments> kinds() {
    List<Arguments> kinds = new ArrayList<>();
    for (Rotation rotation : new Rotation[] {Rotation.DENSE, Rotation.HOUSEHOLDER, Rotation.NONE}) {
      for (Spectrum spectrum : Spectrum.values()) {
        kinds.add(Arguments.of(rotation, spectrum));
      }
    }
    return kinds;
  }

  private static QuadraticModel model(Rotation rotation, Spectrum spectrum) {
    return new QuadraticModel(QuadraticConfig.defaults().withDimension(N).withConditionNumber(KAPPA)
        .withRotation(rotation).withSpectrum(spectrum).withInstanceSeed(7).withReflectors(5));
  }

  @ParameterizedTest(name = "{0} rotation, {1} spectrum")
  @MethodSource("kinds")
  @DisplayName("the gradient vanishes at the minimiser, where f is the minimum value")
  void minimiser(Rotation rotation, Spectrum spectrum) {
    QuadraticModel model = model(rotation, spectrum);
    Objective f = model.trainingObjective();
    double[] xStar = model.minimizer();
    double[] g = new double[N];
    double value = f.valueAndGradient(xStar, g);
    assertTrue(DenseMatrices.norm(g) <= ROUNDING * DenseMatrices.norm(model.linearTerm()),
        "‖∇f(x*)‖ = " + DenseMatrices.norm(g));
    assertEquals(model.minimumValue(), value, 0.0);
    assertEquals(model.minimumValue(), f.value(xStar), 0.0);
    double halfBx = -0.5 * DenseMatrices.dot(model.linearTerm(), xStar);
    assertEquals(halfBx, model.minimumValue(), ROUNDING * Math.abs(halfBx));
    assertTrue(model.minimumValue() < 0, "f* = −½ x*ᵀAx* < 0 for A positive definite");
  }

  @ParameterizedTest(name = "{0} rotation, {1} spectrum")
  @MethodSource("kinds")
  @DisplayName("value and gradient equal ½xᵀAx − bᵀx and Ax − b through the dense matrix of Hessian products")
  void againstDenseMatrix(Rotation rotation, Spectrum spectrum) {
    QuadraticModel model = model(rotation, spectrum);
    Objective f = model.objective(Batch.full(1));
    double[] x = DenseMatrices.gaussian(N, 11);
    double[][] a = DenseMatrices.matrixOf(f.curvatureAt(x, CurvatureMode.EXACT));
    double[] b = model.linearTerm();
    double[] ax = DenseMatrices.multiply(a, x);
    double[] expectedGradient = new double[N];
    for (int i = 0; i < N; i++) {
      expectedGradient[i] = ax[i] - b[i];
    }
    double quadraticTerm = 0.5 * DenseMatrices.dot(x, ax);
    double linearTerm = DenseMatrices.dot(b, x);
    double[] g = new double[N];
    double value = f.valueAndGradient(x, g);
    assertEquals(quadraticTerm - linearTerm, value, ROUNDING * (Math.abs(quadraticTerm) + Math.abs(linearTerm)));
    assertTrue(DenseMatrices.relativeError(g, expectedGradient) <= ROUNDING,
        "gradient error " + DenseMatrices.relativeError(g, expectedGradient));

    // f(x) − f* = ½ (x − x*)ᵀ A (x − x*)
    double[] xStar = model.minimizer();
    double[] e = new double[N];
    for (int i = 0; i < N; i++) {
      e[i] = x[i] - xStar[i];
    }
    double excess = 0.5 * DenseMatrices.dot(e, DenseMatrices.multiply(a, e));
    assertEquals(excess, value - model.minimumValue(), ROUNDING * (Math.abs(quadraticTerm) + Math.abs(linearTerm)));
    // b = A x*
    assertTrue(DenseMatrices.relativeError(b, DenseMatrices.multiply(a, xStar)) <= ROUNDING);
  }

  @ParameterizedTest(name = "{0} rotation, {1} spectrum")
  @MethodSource("kinds")
  @DisplayName("the gradient agrees with central differences of value()")
  void againstFiniteDifferences(Rotation rotation, Spectrum spectrum) {
    QuadraticModel model = model(rotation, spectrum);
    Objective f = model.trainingObjective();
    double[] x = DenseMatrices.gaussian(N, 13);
    double[] g = new double[N];
    double value = f.valueAndGradient(x, g);
    assertEquals(f.value(x), value, 0.0, "value and valueAndGradient agree bit for bit");
    double[] differences = new double[N];
    double[] probe = x.clone();
    for (int i = 0; i < N; i++) {
      probe[i] = x[i] + H;
      double plus = f.value(probe);
      probe[i] = x[i] - H;
      double minus = f.value(probe);
      probe[i] = x[i];
      differences[i] = (plus - minus) / (2 * H);
    }
    assertTrue(DenseMatrices.relativeError(differences, g) <= FINITE_DIFFERENCE_TOLERANCE,
        "relative error " + DenseMatrices.relativeError(differences, g));
  }

  @ParameterizedTest(name = "{0} rotation, {1} spectrum")
  @MethodSource("kinds")
  @DisplayName("the gradient may be written over the point")
  void gradientOverPoint(Rotation rotation, Spectrum spectrum) {
    Objective f = model(rotation, spectrum).trainingObjective();
    double[] x = DenseMatrices.gaussian(N, 17);
    double[] g = new double[N];
    double expected = f.valueAndGradient(x, g);
    double value = f.valueAndGradient(x, x);
    assertEquals(expected, value, 0.0);
    assertArrayEquals(g, x, 0.0);
  }

  @ParameterizedTest(name = "{0} rotation, {1} spectrum")
  @MethodSource("kinds")
  @DisplayName("the model's Hessian product equals the exact curvature operator's")
  void applyHessian(Rotation rotation, Spectrum spectrum) {
    QuadraticModel model = model(rotation, spectrum);
    double[] v = DenseMatrices.gaussian(N, 19);
    double[] expected = new double[N];
    model.trainingObjective().curvatureAt(v, CurvatureMode.EXACT).apply(v, expected);
    double[] out = new double[N];
    model.applyHessian(v, out);
    assertArrayEquals(expected, out, 0.0);
    model.applyHessian(v, v);
    assertArrayEquals(expected, v, 0.0, "in place");
  }

  @ParameterizedTest(name = "{0} rotation, {1} spectrum")
  @MethodSource("kinds")
  @DisplayName("a quadratic has no data: one sample, one objective for every batch")
  void noData(Rotation rotation, Spectrum spectrum) {
    QuadraticModel model = model(rotation, spectrum);
    assertEquals(1, model.trainingSize());
    assertEquals(N, model.dimension());
    assertEquals(rotation, model.rotation());
    Objective f = model.trainingObjective();
    assertEquals(1, f.sampleCount());
    assertEquals(N, f.dimension());
    assertSame(f, model.objective(Batch.of(new int[] {0})));
    assertTrue(model.heldOutMetrics(model.minimizer()).isEmpty());
  }
}
