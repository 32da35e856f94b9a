package org.hesstrucks.model.quadratic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hesstrucks.curvature.CurvatureMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Q orthogonal, A symmetric with the configured spectrum: traces, Frobenius norms, eigenpairs. */
class HessianStructureTest {
  private static final int N = 50;
  private static final double KAPPA = 1e4;
  private static final double FRACTION = 0.7;

  private static final double ORTHOGONALITY = 1e-12;
  /** Aᵢⱼ and Aⱼᵢ come from different n-term sums, so they differ by rounding of order n ε. */
  private static final double SYMMETRY = 1e-13;
  /** Closed-form sums against sums of computed eigenvalues or diagonal entries: rounding only. */
  private static final double CLOSED_FORM = 1e-12;
  private static final double EIGENPAIR = 1e-12;
  private static final double JACOBI = 1e-10;

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
        .withRotation(rotation).withSpectrum(spectrum).withLowClusterFraction(FRACTION).withInstanceSeed(3));
  }

  private static double[][] hessian(QuadraticModel model) {
    return DenseMatrices.matrixOf(model.trainingObjective().curvatureAt(new double[N], CurvatureMode.EXACT));
  }

  @ParameterizedTest
  @EnumSource(value = Rotation.class, names = {"DENSE", "HOUSEHOLDER", "NONE"})
  @DisplayName("QᵀQ = I")
  void orthogonal(Rotation rotation) {
    QuadraticModel model = model(rotation, Spectrum.LOG_UNIFORM);
    double[][] q = DenseMatrices.eigenvectorMatrix(model);
    double worst = 0;
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        double s = 0;
        for (int k = 0; k < N; k++) {
          s += q[k][i] * q[k][j];
        }
        worst = Math.max(worst, Math.abs(s - (i == j ? 1 : 0)));
      }
    }
    assertTrue(worst <= ORTHOGONALITY, "max |QᵀQ − I| = " + worst);
  }

  @ParameterizedTest(name = "{0} rotation, {1} spectrum")
  @MethodSource("kinds")
  @DisplayName("A is symmetric, its trace is Σλ and its squared Frobenius norm Σλ², in closed form")
  void traceAndFrobenius(Rotation rotation, Spectrum spectrum) {
    QuadraticModel model = model(rotation, spectrum);
    double[][] a = hessian(model);
    double worstAsymmetry = 0;
    double trace = 0;
    double frobenius = 0;
    for (int i = 0; i < N; i++) {
      trace += a[i][i];
      for (int j = 0; j < N; j++) {
        worstAsymmetry = Math.max(worstAsymmetry, Math.abs(a[i][j] - a[j][i]));
        frobenius += a[i][j] * a[i][j];
      }
    }
    assertTrue(worstAsymmetry <= SYMMETRY, "max |A − Aᵀ| = " + worstAsymmetry);
    double[] sums = closedFormSums(spectrum);
    assertEquals(sums[0], trace, CLOSED_FORM * sums[0]);
    assertEquals(sums[1], frobenius, CLOSED_FORM * sums[1]);
  }

  /** Σλ and Σλ² of the configured spectrum, from its definition, not from the code under test. */
  private static double[] closedFormSums(Spectrum spectrum) {
    double lo = 1 / KAPPA;
    switch (spectrum) {
      case UNIFORM:
        return arithmeticSums(N, lo, 1);
      case LOG_UNIFORM: {
        double r = Math.pow(KAPPA, 1.0 / (N - 1));
        return new double[] {
            lo * (Math.pow(r, N) - 1) / (r - 1),
            lo * lo * (Math.pow(r, 2 * N) - 1) / (r * r - 1)};
      }
      case TWO_CLUSTERS: {
        int low = 35; // round(0.7 · 50)
        double[] lowSums = arithmeticSums(low, lo, Math.pow(KAPPA, -0.75));
        double[] highSums = arithmeticSums(N - low, Math.pow(KAPPA, -0.25), 1);
        return new double[] {lowSums[0] + highSums[0], lowSums[1] + highSums[1]};
      }
      default:
        throw new AssertionError(spectrum);
    }
  }

  /** Σ and Σ of squares of m terms evenly spaced from first to last. */
  private static double[] arithmeticSums(int m, double first, double last) {
    double d = (last - first) / (m - 1);
    double sum = m * (first + last) / 2;
    double squares = m * first * first + first * d * m * (m - 1) + d * d * (m - 1) * (double) m * (2 * m - 1) / 6;
    return new double[] {sum, squares};
  }

  @ParameterizedTest(name = "{0} rotation, {1} spectrum")
  @MethodSource("kinds")
  @DisplayName("A (Q eᵢ) = λᵢ (Q eᵢ) for every i")
  void eigenpairs(Rotation rotation, Spectrum spectrum) {
    QuadraticModel model = model(rotation, spectrum);
    double[] lambda = model.eigenvalues();
    double[] v = new double[N];
    double[] av = new double[N];
    double worst = 0;
    for (int i = 0; i < N; i++) {
      model.eigenvector(i, v);
      model.applyHessian(v, av);
      double[] residual = new double[N];
      for (int k = 0; k < N; k++) {
        residual[k] = av[k] - lambda[i] * v[k];
      }
      worst = Math.max(worst, DenseMatrices.norm(residual));
      assertEquals(1, DenseMatrices.norm(v), EIGENPAIR, "unit eigenvector");
    }
    assertTrue(worst <= EIGENPAIR, "max ‖A qᵢ − λᵢ qᵢ‖ = " + worst);
  }

  @ParameterizedTest(name = "{0} rotation, {1} spectrum")
  @MethodSource("kinds")
  @DisplayName("a Jacobi eigendecomposition of the dense A finds the configured spectrum")
  void jacobi(Rotation rotation, Spectrum spectrum) {
    QuadraticModel model = model(rotation, spectrum);
    double[] expected = spectrum.eigenvalues(N, KAPPA, FRACTION);
    assertArrayEquals(expected, model.eigenvalues(), 0.0);
    assertArrayEquals(expected, DenseMatrices.jacobiEigenvalues(hessian(model)), JACOBI);
  }
}
