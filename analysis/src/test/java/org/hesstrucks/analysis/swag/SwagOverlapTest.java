package org.hesstrucks.analysis.swag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hesstrucks.analysis.TestOperators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SwagOverlapTest {
  private static final double ROUNDING = 1e-12;
  /** Lanczos' top eigenvectors of an operator whose top three stand far above the rest: converged in 23 steps. */
  private static final double CONVERGED = 1e-8;

  private static double[] unit(int n, int i) {
    double[] e = new double[n];
    e[i] = 1;
    return e;
  }

  @Test
  @DisplayName("the overlap is 1 for identical subspaces (spanned by different vectors) and 0 for orthogonal ones")
  void identicalAndOrthogonal() {
    double[][] a = {unit(5, 0), unit(5, 1)};
    double[][] sameSpan = {{1, 1, 0, 0, 0}, {2, -3, 0, 0, 0}};
    double[][] orthogonal = {unit(5, 2), unit(5, 3), unit(5, 4)};
    assertEquals(1, SwagOverlap.overlap(a, sameSpan), ROUNDING);
    assertEquals(0, SwagOverlap.overlap(a, orthogonal), 0);
  }

  @Test
  @DisplayName("for span{e₁, e₂} against span{cos φ e₁ + sin φ e₃, e₂} the overlap is (1 + cos² φ)/2 and the angles 0, φ")
  void constructedAngle() {
    double phi = 0.3;
    double[][] a = {unit(4, 0), unit(4, 1)};
    double[][] b = {{Math.cos(phi), 0, Math.sin(phi), 0}, unit(4, 1)};
    assertEquals((1 + Math.cos(phi) * Math.cos(phi)) / 2, SwagOverlap.overlap(a, b), ROUNDING);
    assertEquals((1 + Math.cos(phi) * Math.cos(phi)) / 2, SwagOverlap.overlap(b, a), ROUNDING);
  }

  @Test
  @DisplayName("against an operator's top-3 eigenspace: deviations inside it give overlap 1 and angles 0, "
      + "products = steps + k")
  void againstOperator() {
    int n = 30;
    double[] spectrum = new double[n];
    for (int i = 0; i < n - 3; i++) {
      spectrum[i] = 1 + i / 30.0;
    }
    spectrum[n - 3] = 30;
    spectrum[n - 2] = 60;
    spectrum[n - 1] = 100;
    TestOperators.Dense op = TestOperators.rotated(spectrum, 4);
    double[] v30 = op.eigenvector(indexOf(op.eigenvalues(), 100));
    double[] v29 = op.eigenvector(indexOf(op.eigenvalues(), 60));
    double[] v1 = op.eigenvector(indexOf(op.eigenvalues(), 1));
    double[][] inside = new double[2][n];
    for (int i = 0; i < n; i++) {
      inside[0][i] = 2 * v30[i] - v29[i];
      inside[1][i] = v29[i];
    }
    SwagOverlap result = SwagOverlap.measure(op, inside, 3, SwagOverlap.defaultSteps(3, n), 1);
    assertEquals(1, result.overlap(), CONVERGED);
    assertArrayEquals(new double[] {0, 0}, result.principalAngles(), CONVERGED);
    assertArrayEquals(new double[] {100, 60, 30}, result.eigenvalues(), CONVERGED * 100);
    assertEquals(23, result.steps(), "min(max(2k, k + 20), n) = 23");
    assertEquals(26, result.products(), "23 steps + 3 residuals");
    SwagOverlap outside = SwagOverlap.measure(op, new double[][] {v1}, 3, 30, 1);
    assertEquals(0, outside.overlap(), CONVERGED);
    assertEquals(Math.PI / 2, outside.principalAngles()[0], CONVERGED);
    assertEquals(33, outside.products());
  }

  @Test
  @DisplayName("k above the parameter count is refused naming topK")
  void tooManyPairs() {
    TestOperators.Dense op = TestOperators.rotated(new double[] {1, 2, 3}, 1);
    assertEquals("topK: 4 eigenpairs requested, the model has 3 parameters", assertThrows(
        IllegalArgumentException.class, () -> SwagOverlap.measure(op, new double[][] {{1, 0, 0}}, 4, 4, 1))
        .getMessage());
  }

  private static int indexOf(double[] values, double value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    throw new AssertionError(value + " not among the eigenvalues");
  }
}
