package org.hesstrucks.analysis.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.hesstrucks.analysis.CountingOperator;
import org.hesstrucks.analysis.TestOperators;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.testkit.ContractQuadratic;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LanczosTest {
  /** The bar: extreme eigenvalues within 1e-8 ‖B‖₂. */
  private static final double EIGENVALUE = 1e-8;
  /** The bar for eigenvectors with relative gap ≥ 1e-3. */
  private static final double ANGLE = 1e-6;

  /**
   * n = 400: five isolated eigenvalues at each end (100, 90, …, 60 and −50, −45, …, −30), 390 in [−20, 50].
   */
  static double[] separatedSpectrum() {
    int n = 400;
    double[] lambda = new double[n];
    for (int i = 0; i < 5; i++) {
      lambda[i] = -50 + 5 * i;
      lambda[n - 1 - i] = 100 - 10 * i;
    }
    for (int i = 5; i < n - 5; i++) {
      lambda[i] = -20 + 70.0 * (i - 5) / (n - 11);
    }
    return lambda;
  }

  @Test
  @DisplayName("top-5 and bottom-5 of a rotated 400×400 matrix within 1e-8·‖B‖₂ in 120 steps, vectors within 1e-6")
  void extremesOfRotatedMatrix() {
    double[] lambda = separatedSpectrum();
    TestOperators.Dense b = TestOperators.rotated(lambda, 11);
    double norm = 100;
    Lanczos run = Lanczos.run(b, 120, 3);
    Eigenpairs top = run.eigenpairs(Which.LARGEST, 5, b);
    Eigenpairs bottom = run.eigenpairs(Which.SMALLEST, 5, b);
    for (int i = 0; i < 5; i++) {
      assertEquals(lambda[399 - i], top.values()[i], EIGENVALUE * norm, "top " + i);
      assertEquals(lambda[i], bottom.values()[i], EIGENVALUE * norm, "bottom " + i);
      assertTrue(TestOperators.lineAngle(b.eigenvector(399 - i), top.vectors()[i]) < ANGLE, "top vector " + i);
      assertTrue(TestOperators.lineAngle(b.eigenvector(i), bottom.vectors()[i]) < ANGLE, "bottom vector " + i);
      assertTrue(top.residuals()[i] < EIGENVALUE * norm, "top residual " + i);
      assertTrue(bottom.residuals()[i] < EIGENVALUE * norm, "bottom residual " + i);
    }
  }

  @Test
  @DisplayName("top-5 at relative gaps of exactly 1e-3 (100, 99.9, …, 99.6): each vector within 1e-6 in 80 steps")
  void relativeGapOfOneThousandth() {
    int n = 400;
    double[] lambda = new double[n];
    for (int i = 0; i < n - 5; i++) {
      lambda[i] = -20 + 70.0 * i / (n - 6);
    }
    for (int i = 0; i < 5; i++) {
      lambda[n - 1 - i] = 100 - 0.1 * i;
    }
    TestOperators.Dense b = TestOperators.rotated(lambda, 19);
    Eigenpairs top = Lanczos.run(b, 80, 3).eigenpairs(Which.LARGEST, 5);
    for (int i = 0; i < 5; i++) {
      assertEquals(lambda[n - 1 - i], top.values()[i], EIGENVALUE * 100, "eigenvalue " + i);
      assertTrue(TestOperators.lineAngle(b.eigenvector(n - 1 - i), top.vectors()[i]) < ANGLE, "vector " + i);
    }
  }

  @Test
  @DisplayName("estimated Ritz residuals |β_m s_mi| agree with explicit ‖Bv − θv‖")
  void residualEstimates() {
    TestOperators.Dense b = TestOperators.rotated(separatedSpectrum(), 5);
    Lanczos run = Lanczos.run(b, 40, 1);
    Eigenpairs estimated = run.eigenpairs(Which.LARGEST, 8);
    Eigenpairs explicit = run.eigenpairs(Which.LARGEST, 8, b);
    for (int i = 0; i < 8; i++) {
      double e = explicit.residuals()[i];
      assertEquals(e, estimated.residuals()[i], 1e-6 * e + 1e-10, "pair " + i);
    }
    assertTrue(explicit.residuals()[7] > 1e-3, "the 8th pair has not converged in 40 steps: a real comparison");
  }

  @Test
  @DisplayName("a cluster of three (relative gap 1e-7) is found as a subspace within 1e-6")
  void cluster() {
    double[] lambda = separatedSpectrum();
    lambda[399] = 100;
    lambda[398] = 100 - 1e-5;
    lambda[397] = 100 - 2e-5;
    TestOperators.Dense b = TestOperators.rotated(lambda, 13);
    Eigenpairs top = Lanczos.run(b, 150, 2).eigenpairs(Which.LARGEST, 3);
    double[][] exact = {b.eigenvector(399), b.eigenvector(398), b.eigenvector(397)};
    double[] angles = PrincipalAngles.between(exact, top.vectors());
    assertEquals(3, angles.length);
    for (double angle : angles) {
      assertTrue(angle < ANGLE, "angle " + angle);
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(lambda[399 - i], top.values()[i], EIGENVALUE * 100);
    }
  }

  @Test
  @DisplayName("largest-in-magnitude puts −200 before 100, 90, …")
  void largestMagnitude() {
    double[] lambda = separatedSpectrum();
    lambda[0] = -200;
    Eigenpairs pairs = Lanczos.run(TestOperators.rotated(lambda, 17), 120, 4).eigenpairs(Which.LARGEST_MAGNITUDE, 3);
    assertEquals(-200, pairs.values()[0], EIGENVALUE * 200);
    assertEquals(100, pairs.values()[1], EIGENVALUE * 200);
    assertEquals(90, pairs.values()[2], EIGENVALUE * 200);
  }

  @Test
  @DisplayName("the testkit's exact quadratic (n = 60, κ = 1e3): n steps give every eigenvalue within 1e-8·‖B‖₂")
  void contractQuadratic() {
    int n = 60;
    double kappa = 1e3;
    CurvatureOperator h = new ContractQuadratic(n, kappa, 9).curvatureAt(new double[n], CurvatureMode.EXACT);
    Lanczos run = Lanczos.run(h, n, 5);
    double[] ritz = run.ritzValues();
    assertEquals(n, ritz.length);
    for (int i = 0; i < 5; i++) {
      assertEquals(Math.pow(kappa, (double) i / (n - 1)), ritz[i], EIGENVALUE * kappa, "bottom " + i);
      assertEquals(Math.pow(kappa, (double) (n - 1 - i) / (n - 1)), ritz[n - 1 - i], EIGENVALUE * kappa, "top " + i);
    }
  }

  @Test
  @DisplayName("from a given start, a diagonal with 4 distinct eigenvalues breaks down after exactly 4 products with them exact")
  void breakdown() {
    double[] d = new double[50];
    double[] start = new double[50];
    for (int i = 0; i < 50; i++) {
      d[i] = 1 + (i % 4);
      start[i] = 1 + 0.01 * i;
    }
    CountingOperator op = new CountingOperator(TestOperators.diagonal(d));
    Lanczos run = Lanczos.run(op, 30, start);
    assertTrue(run.breakdown());
    assertEquals(4, run.steps());
    assertEquals(4, op.products());
    double[] ritz = run.ritzValues();
    for (int i = 0; i < 4; i++) {
      assertEquals(1 + i, ritz[i], 1e-12);
    }
    assertEquals(4, run.eigenpairs(Which.LARGEST, 10).count(), "only as many pairs as steps");
  }

  @Test
  @DisplayName("a seeded run restarts after a breakdown: 4 eigenvalues × 12 copies are all found with multiplicity in 48 steps")
  void restartFindsMultiplicity() {
    double[] lambda = new double[48];
    for (int i = 0; i < 48; i++) {
      lambda[i] = 1 + (i % 4);
    }
    TestOperators.Dense b = TestOperators.rotated(lambda, 3);
    CountingOperator op = new CountingOperator(b);
    Lanczos run = Lanczos.run(op, 48, 9);
    assertTrue(run.breakdown());
    assertEquals(48, run.steps());
    assertEquals(48, op.products());
    Eigenpairs top = run.eigenpairs(Which.LARGEST, 12, op);
    for (int i = 0; i < 12; i++) {
      assertEquals(4, top.values()[i], EIGENVALUE * 4, "copy " + i);
      assertTrue(top.residuals()[i] < EIGENVALUE * 4, "residual " + i);
    }
    double[][] exact = new double[12][];
    for (int i = 0; i < 12; i++) {
      exact[i] = b.eigenvector(3 + 4 * i);
    }
    double[] angles = PrincipalAngles.between(exact, top.vectors());
    assertEquals(12, angles.length);
    for (double angle : angles) {
      assertTrue(angle < ANGLE, "eigenspace of 4: angle " + angle);
    }
  }

  @Test
  @DisplayName("products: m steps, m + k with explicit residuals, clamped at n")
  void productCounts() {
    double[] lambda = separatedSpectrum();
    CountingOperator op = new CountingOperator(TestOperators.rotated(Arrays.copyOf(lambda, 30), 3));
    Lanczos run = Lanczos.run(op, 17, 1);
    assertFalse(run.breakdown());
    assertEquals(17, op.products());
    assertEquals(17 + 5, run.eigenpairs(Which.SMALLEST, 5, op).products());
    assertEquals(17 + 5, op.products());
    CountingOperator small = new CountingOperator(TestOperators.rotated(Arrays.copyOf(lambda, 30), 3));
    assertEquals(30, Lanczos.run(small, 45, 1).steps());
    assertEquals(30, small.products());
  }

  @Test
  @DisplayName("the same seed gives the same bits")
  void deterministic() {
    TestOperators.Dense b = TestOperators.rotated(Arrays.copyOf(separatedSpectrum(), 50), 3);
    assertEquals(Arrays.toString(Lanczos.run(b, 20, 42).ritzValues()),
        Arrays.toString(Lanczos.run(b, 20, 42).ritzValues()));
  }

  @Test
  @DisplayName("refuses zero steps, a non-finite product and k < 1 with messages")
  void refuses() {
    CurvatureOperator op = TestOperators.diagonal(new double[] {1, 2, 3});
    assertEquals("Lanczos needs at least one step, got 0",
        assertThrows(IllegalArgumentException.class, () -> Lanczos.run(op, 0, 1)).getMessage());
    CurvatureOperator nan = TestOperators.diagonal(new double[] {1, Double.NaN, 3});
    assertEquals("operator product 1 is not finite",
        assertThrows(IllegalArgumentException.class, () -> Lanczos.run(nan, 2, 1)).getMessage());
    assertEquals("k must be at least 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> Lanczos.run(op, 2, 1).eigenpairs(Which.LARGEST, 0))
            .getMessage());
  }
}
