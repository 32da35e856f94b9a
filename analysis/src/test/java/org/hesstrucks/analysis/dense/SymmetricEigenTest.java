package org.hesstrucks.analysis.dense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hesstrucks.analysis.TestOperators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {
  /** Jacobi is backward stable: eigenvalues to a small multiple of ε‖A‖. */
  private static final double RELATIVE = 1e-13;

  @Test
  @DisplayName("2×2 [[2,1],[1,2]] has eigenvalues 1 and 3 with eigenvectors (1,∓1)/√2")
  void twoByTwo() {
    SymmetricEigen e = SymmetricEigen.of(new double[] {2, 1, 1, 2}, 2);
    assertEquals(1, e.value(0), 1e-15);
    assertEquals(3, e.value(1), 1e-15);
    assertEquals(0, e.vector(0, 0) + e.vector(1, 0), 1e-15);
    assertEquals(1 / Math.sqrt(2), Math.abs(e.vector(0, 1)), 1e-15);
  }

  @Test
  @DisplayName("recovers the spectrum of a rotated 40×40 matrix, ascending, and Av = λv")
  void rotated() {
    int n = 40;
    double[] lambda = new double[n];
    for (int i = 0; i < n; i++) {
      lambda[i] = -20 + i * 1.5 + (i % 3) * 0.01;
    }
    java.util.Arrays.sort(lambda);
    TestOperators.Dense a = TestOperators.rotated(lambda, 7);
    SymmetricEigen e = SymmetricEigen.of(a.matrix(), n);
    double scale = 40;
    for (int j = 0; j < n; j++) {
      assertEquals(lambda[j], e.value(j), RELATIVE * scale, "eigenvalue " + j);
      for (int i = 0; i < n; i++) {
        double av = 0;
        for (int l = 0; l < n; l++) {
          av += a.entry(i, l) * e.vector(l, j);
        }
        assertEquals(e.value(j) * e.vector(i, j), av, RELATIVE * scale);
      }
    }
  }

  @Test
  @DisplayName("refuses a non-finite entry and a wrong length, naming them")
  void refuses() {
    assertEquals("matrix entry 1 is NaN",
        assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.of(new double[] {1, Double.NaN, 0, 1}, 2))
            .getMessage());
    assertEquals("matrix has 3 entries, expected 2² = 4",
        assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.of(new double[3], 2)).getMessage());
  }
}
