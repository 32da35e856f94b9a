package org.hesstrucks.optimizer.lbfgs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TwoLoopRecursionTest {
  private static final int N = 6;
  /** Two routes to the same product in double precision; entries are O(1). */
  private static final double ROUNDING = 1e-12;
  /**
   * Two summation orders of 1003-term dot products, through 8 passes with O(1) coefficients: relative to the
   * largest entry, four orders of magnitude above the 7e-16 observed and far below any algorithmic error.
   */
  private static final double FUSED_ROUNDING = 1e-11;

  /** Random pairs with sᵀy > 0: y = A s for a random symmetric positive definite A. */
  private static double[][][] pairs(int count, long seed) {
    Random random = new Random(seed);
    double[] b = new double[N * N];
    for (int i = 0; i < b.length; i++) {
      b[i] = random.nextGaussian();
    }
    double[] a = new double[N * N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        double sum = i == j ? 1 : 0;
        for (int k = 0; k < N; k++) {
          sum += b[k * N + i] * b[k * N + j];
        }
        a[i * N + j] = sum;
      }
    }
    double[][][] out = new double[count][2][N];
    for (int p = 0; p < count; p++) {
      for (int i = 0; i < N; i++) {
        out[p][0][i] = random.nextGaussian();
      }
      for (int i = 0; i < N; i++) {
        double sum = 0;
        for (int j = 0; j < N; j++) {
          sum += a[i * N + j] * out[p][0][j];
        }
        out[p][1][i] = sum;
      }
    }
    return out;
  }

  private static double dot(double[] x, double[] y) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += x[i] * y[i];
    }
    return sum;
  }

  /** Dense BFGS: H ← (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ over the pairs from {@code first}, from H⁰ = γI (newest pair). */
  private static double[] denseInverse(double[][][] pairs, int first) {
    double[] newestS = pairs[pairs.length - 1][0];
    double[] newestY = pairs[pairs.length - 1][1];
    double gamma = dot(newestS, newestY) / dot(newestY, newestY);
    double[] h = new double[N * N];
    for (int i = 0; i < N; i++) {
      h[i * N + i] = gamma;
    }
    for (int p = first; p < pairs.length; p++) {
      double[] s = pairs[p][0];
      double[] y = pairs[p][1];
      double rho = 1 / dot(s, y);
      double[] v = new double[N * N]; // V = I − ρ y sᵀ; H ← Vᵀ H V + ρ s sᵀ
      for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
          v[i * N + j] = (i == j ? 1 : 0) - rho * y[i] * s[j];
        }
      }
      double[] hv = new double[N * N];
      for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
          double sum = 0;
          for (int k = 0; k < N; k++) {
            sum += h[i * N + k] * v[k * N + j];
          }
          hv[i * N + j] = sum;
        }
      }
      for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
          double sum = 0;
          for (int k = 0; k < N; k++) {
            sum += v[k * N + i] * hv[k * N + j];
          }
          h[i * N + j] = sum + rho * s[i] * s[j];
        }
      }
    }
    return h;
  }

  private static double[] times(double[] matrix, double[] q) {
    double[] out = new double[N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        out[i] += matrix[i * N + j] * q[j];
      }
    }
    return out;
  }

  @Test
  @DisplayName("with fewer pairs than m, H q equals the dense BFGS inverse update of γI applied to q")
  void matchesDenseBfgs() {
    double[][][] pairs = pairs(4, 3);
    TwoLoopRecursion recursion = new TwoLoopRecursion(N, 10);
    for (double[][] pair : pairs) {
      recursion.push(pair[0], pair[1]);
    }
    assertEquals(4, recursion.size());
    double[] q = {1, -2, 0.5, 3, -1, 0.25};
    double[] out = new double[N];
    recursion.multiply(q, out);
    assertArrayEquals(times(denseInverse(pairs, 0), q), out, ROUNDING);
  }

  @Test
  @DisplayName("the ring buffer keeps the newest m pairs: 7 pushes with m = 3 equal dense BFGS over pairs 4–6")
  void ringBufferEvictsOldest() {
    double[][][] pairs = pairs(7, 5);
    TwoLoopRecursion recursion = new TwoLoopRecursion(N, 3);
    for (double[][] pair : pairs) {
      recursion.push(pair[0], pair[1]);
    }
    assertEquals(3, recursion.size());
    double[] q = {0.3, 1, -1, 2, 0, -0.7};
    double[] out = q.clone();
    recursion.multiply(out, out); // in place
    assertArrayEquals(times(denseInverse(pairs, 4), q), out, ROUNDING);
  }

  @Test
  @DisplayName("secant equation H y = s for the newest pair; γ = sᵀy/yᵀy; empty memory is the identity")
  void secantAndIdentity() {
    double[][][] pairs = pairs(3, 11);
    TwoLoopRecursion recursion = new TwoLoopRecursion(N, 5);
    double[] q = {1, 2, 3, 4, 5, 6};
    double[] out = new double[N];
    recursion.multiply(q, out);
    assertArrayEquals(q, out, 0.0);
    assertEquals(1.0, recursion.gamma(), 0.0);
    for (double[][] pair : pairs) {
      recursion.push(pair[0], pair[1]);
    }
    recursion.multiply(pairs[2][1], out);
    assertArrayEquals(pairs[2][0], out, ROUNDING);
    // The recursion sums in its own fixed order (four partial sums), the test's dot in index order: rounding apart.
    assertEquals(dot(pairs[2][0], pairs[2][1]) / dot(pairs[2][1], pairs[2][1]), recursion.gamma(), ROUNDING);
    recursion.clear();
    assertEquals(0, recursion.size());
    recursion.multiply(q, out);
    assertArrayEquals(q, out, 0.0);
  }

  @Test
  @DisplayName("a pair with sᵀy ≤ 0 is refused; memory 0 is refused")
  void refusals() {
    TwoLoopRecursion recursion = new TwoLoopRecursion(2, 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> recursion.push(new double[] {1, 0}, new double[] {-1, 0}));
    assertEquals("a curvature pair needs 0 < sᵀy < ∞, got sᵀy = -1.0, yᵀy = 1.0", e.getMessage());
    assertEquals(0, recursion.size());
    assertEquals("memory must be at least 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> new TwoLoopRecursion(2, 0)).getMessage());
  }

  @Test
  @DisplayName("dot products sum in the documented order: partial sums by index mod 4, the tail into the first,"
      + " (p0 + p1) + (p2 + p3)")
  void documentedSummationOrder() {
    // Index order gives 1e16 + 1 − 1e16 + 1 + 1 = 2 (1e16 + 1 rounds to 1e16); the documented order gives
    // p0 = 1e16 + 1 (the tail, index 4) = 1e16, p1 = 1, p2 = −1e16, p3 = 1, and (1e16 + 1) + (−1e16 + 1) = 0.
    double[] ones = {1, 1, 1, 1, 1};
    double[] b = {1e16, 1, -1e16, 1, 1};
    assertEquals(0.0, TwoLoopRecursion.dot(ones, b, 5), 0.0);
    assertEquals(2.0, dot(ones, b), 0.0);
    assertEquals(3.0, TwoLoopRecursion.dot(ones, new double[] {1, 1, 1, 9}, 3), 0.0);
  }

  @Test
  @DisplayName("the fused passes equal the textbook two-loop recursion to rounding: n = 1003 (a tail of 3), a"
      + " wrapped ring of m = 4 after 9 pushes, out apart from q and in place, the same bits on every call")
  void fusedPassesMatchTextbook() {
    int n = 1003;
    int m = 4;
    Random random = new Random(17);
    double[][] s = new double[9][n];
    double[][] y = new double[9][n];
    TwoLoopRecursion recursion = new TwoLoopRecursion(n, m);
    for (int p = 0; p < 9; p++) {
      for (int i = 0; i < n; i++) {
        s[p][i] = random.nextGaussian();
        y[p][i] = s[p][i] * (0.5 + random.nextDouble()) + 0.1 * random.nextGaussian();
      }
      recursion.push(s[p], y[p]);
    }
    double[] q = new double[n];
    for (int i = 0; i < n; i++) {
      q[i] = random.nextGaussian();
    }
    // Textbook (Nocedal & Wright Algorithm 7.4) over pairs 5..8, one pass per dot product and per update.
    double[] expected = q.clone();
    double[] alpha = new double[9];
    for (int p = 8; p >= 5; p--) {
      alpha[p] = dot(s[p], expected) / dot(s[p], y[p]);
      for (int i = 0; i < n; i++) {
        expected[i] -= alpha[p] * y[p][i];
      }
    }
    double gamma = dot(s[8], y[8]) / dot(y[8], y[8]);
    for (int i = 0; i < n; i++) {
      expected[i] *= gamma;
    }
    for (int p = 5; p <= 8; p++) {
      double beta = dot(y[p], expected) / dot(s[p], y[p]);
      for (int i = 0; i < n; i++) {
        expected[i] += (alpha[p] - beta) * s[p][i];
      }
    }
    double scale = 0;
    for (double e : expected) {
      scale = Math.max(scale, Math.abs(e));
    }
    double[] out = new double[n];
    recursion.multiply(q, out);
    assertArrayEquals(expected, out, FUSED_ROUNDING * scale);
    double[] again = new double[n];
    recursion.multiply(q, again);
    assertArrayEquals(out, again, 0.0);
    double[] inPlace = q.clone();
    recursion.multiply(inPlace, inPlace);
    assertArrayEquals(out, inPlace, 0.0);
  }
}
