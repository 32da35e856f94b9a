package org.hesstrucks.model.quadratic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The dense rotation is the Haar-distributed Q of a Gaussian matrix's QR, signs fixed. */
class DenseOrthogonalTest {
  private static final double ROUNDING = 1e-12;

  @Test
  @DisplayName("Q equals Gram-Schmidt of the same Gaussian matrix (the QR with a positive diagonal of R)")
  void gramSchmidt() {
    int n = 20;
    Random draws = new Random(42);
    double[][] g = new double[n][n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        g[i][j] = draws.nextGaussian(); // column by column, as DenseOrthogonal draws them
      }
    }
    // Modified Gram-Schmidt, column by column: R's diagonal is the positive norms.
    double[][] expected = new double[n][];
    for (int j = 0; j < n; j++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = g[i][j];
      }
      for (int k = 0; k < j; k++) {
        double r = DenseMatrices.dot(expected[k], v);
        for (int i = 0; i < n; i++) {
          v[i] -= r * expected[k][i];
        }
      }
      double norm = DenseMatrices.norm(v);
      for (int i = 0; i < n; i++) {
        v[i] /= norm;
      }
      expected[j] = v;
    }
    DenseOrthogonal q = DenseOrthogonal.haar(n, new Random(42));
    double[] column = new double[n];
    for (int j = 0; j < n; j++) {
      q.column(j, column);
      for (int i = 0; i < n; i++) {
        assertEquals(expected[j][i], column[i], ROUNDING, "Q[" + i + "][" + j + "]");
      }
    }
  }

  @Test
  @DisplayName("regression: the sign fix leaves Q₀₀ positive half the time, with E[Q₀₀²] = 1/n")
  void signsAreBalanced() {
    // Without the sign fix this Householder convention makes Q₀₀ = −|G₀₀|/‖G e₀‖ < 0 always. Seeds go through
    // SeedStreams as the model's do: java.util.Random's first draws for consecutive raw seeds are correlated.
    int n = 3;
    int instances = 2000;
    int positive = 0;
    double squares = 0;
    double[] column = new double[n];
    for (long seed = 0; seed < instances; seed++) {
      DenseOrthogonal.haar(n, SeedStreams.random(seed, SeedStreams.ROTATION)).column(0, column);
      if (column[0] > 0) {
        positive++;
      }
      squares += column[0] * column[0];
    }
    // Seeded, so deterministic; bounds of about 4.5 standard errors (0.011 and 0.0067).
    assertEquals(0.5, positive / (double) instances, 0.05);
    assertEquals(1.0 / n, squares / instances, 0.03);
  }

  @Test
  @DisplayName("blocking the reflectors changes nothing: the same bits for every block size")
  void blocking() {
    int n = 75; // crosses block boundaries for every block size below
    double[] expected = new double[n];
    double[] actual = new double[n];
    DenseOrthogonal unblocked = DenseOrthogonal.haar(n, new Random(8), 1);
    for (int block : new int[] {2, 7, DenseOrthogonal.BLOCK, 200}) {
      DenseOrthogonal blocked = DenseOrthogonal.haar(n, new Random(8), block);
      for (int j = 0; j < n; j++) {
        unblocked.column(j, expected);
        blocked.column(j, actual);
        assertArrayEquals(expected, actual, 0.0, "block " + block + ", column " + j);
      }
    }
  }

  @Test
  @DisplayName("dimension 1: Q = ±1")
  void dimensionOne() {
    double[] column = new double[1];
    DenseOrthogonal.haar(1, new Random(1)).column(0, column);
    assertEquals(1, Math.abs(column[0]), 0.0);
  }

  @Test
  @DisplayName("products with Q and Qᵀ are inverse to each other")
  void inverse() {
    int n = 37;
    DenseOrthogonal q = DenseOrthogonal.haar(n, new Random(5));
    double[] v = DenseMatrices.gaussian(n, 6);
    double[] w = new double[n];
    double[] back = new double[n];
    q.multiplyTranspose(v, w);
    q.multiply(w, back);
    assertTrue(DenseMatrices.relativeError(back, v) <= ROUNDING);
    assertEquals(DenseMatrices.norm(v), DenseMatrices.norm(w), ROUNDING * DenseMatrices.norm(v));
  }
}
