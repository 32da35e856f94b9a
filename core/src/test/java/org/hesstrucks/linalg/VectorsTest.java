package org.hesstrucks.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VectorsTest {
  /** A few ulps: the scaled norm divides, squares, sums and multiplies back. */
  private static final double SCALED_NORM_ULPS = 4;

  @Test
  @DisplayName("dot: exact small integer case, and 0 for empty vectors")
  void dot() {
    assertEquals(12.0, Vectors.dot(new double[] {1, 2, 3}, new double[] {4, -5, 6}), 0);
    assertEquals(0.0, Vectors.dot(new double[0], new double[0]), 0);
  }

  @Test
  @DisplayName("axpy: y ← y + a·x, x untouched")
  void axpy() {
    double[] x = {1, 2, 3};
    double[] y = {1, 1, 1};
    Vectors.axpy(2, x, y);
    assertArrayEquals(new double[] {3, 5, 7}, y, 0);
    assertArrayEquals(new double[] {1, 2, 3}, x, 0);
  }

  @Test
  @DisplayName("addScaled: out ← x + a·d, also when out is x")
  void addScaled() {
    double[] x = {1, -2, 0.5};
    double[] d = {4, 4, -2};
    double[] out = new double[3];
    Vectors.addScaled(x, -0.25, d, out);
    assertArrayEquals(new double[] {0, -3, 1}, out, 0);
    assertArrayEquals(new double[] {1, -2, 0.5}, x, 0);

    Vectors.addScaled(x, 0.5, d, x);
    assertArrayEquals(new double[] {3, 0, -0.5}, x, 0);
  }

  @Test
  @DisplayName("negate and scale: exact, in place allowed")
  void negateAndScale() {
    double[] x = {1, -2, 0};
    double[] out = new double[3];
    Vectors.negate(x, out);
    assertArrayEquals(new double[] {-1, 2, -0.0}, out, 0);
    Vectors.negate(x, x);
    assertArrayEquals(new double[] {-1, 2, -0.0}, x, 0);
    Vectors.scale(-3, x);
    assertArrayEquals(new double[] {3, -6, 0}, x, 0);
  }

  @Test
  @DisplayName("norm2: exact on a Pythagorean triple, 0 for empty and zero vectors")
  void norm2Ordinary() {
    assertEquals(5.0, Vectors.norm2(new double[] {3, -4}), 0);
    assertEquals(13.0, Vectors.norm2(new double[] {-5, 12}), 0);
    assertEquals(0.0, Vectors.norm2(new double[0]), 0);
    assertEquals(0.0, Vectors.norm2(new double[] {0, -0.0}), 0);
  }

  @Test
  @DisplayName("norm2: entries of 1e200, whose squares overflow, give c·√n instead of infinity")
  void norm2DoesNotOverflow() {
    // ‖c·1ₙ‖ = c√n; with n = 4 that is exactly 2c.
    assertEquals(2e200, Vectors.norm2(new double[] {1e200, -1e200, 1e200, 1e200}), 0);
    assertEquals(5e200, Vectors.norm2(new double[] {3e200, 4e200}), SCALED_NORM_ULPS * Math.ulp(5e200));
    // Mixed magnitudes: the small entry is negligible, the large one alone sets the norm.
    assertEquals(1e300, Vectors.norm2(new double[] {1e300, 1}), 0);
  }

  @Test
  @DisplayName("norm2: entries of 1e-200, whose squares underflow to 0, give c·√n instead of 0")
  void norm2DoesNotUnderflow() {
    assertEquals(2e-200, Vectors.norm2(new double[] {1e-200, 1e-200, -1e-200, 1e-200}), 0);
    assertEquals(5e-200, Vectors.norm2(new double[] {-3e-200, 4e-200}), SCALED_NORM_ULPS * Math.ulp(5e-200));
    // Subnormal entries: √2·MIN_VALUE rounds to MIN_VALUE, not to 0.
    assertEquals(Double.MIN_VALUE, Vectors.norm2(new double[] {Double.MIN_VALUE, Double.MIN_VALUE}), 0);
  }

  @Test
  @DisplayName("norm2: scaled and unscaled paths agree at the switch-over magnitudes")
  void norm2PathsAgree() {
    // Max entry 2c: below 1e-150 or above 1e150 the scaled path runs, in between the plain one.
    for (double c : new double[] {4e-151, 6e-151, 4e149, 6e149}) {
      double expected = 3 * c; // ‖(c, 2c, 2c)‖ = 3c
      assertEquals(expected, Vectors.norm2(new double[] {c, 2 * c, -2 * c}), SCALED_NORM_ULPS * Math.ulp(expected),
          "c = " + c);
    }
  }

  @Test
  @DisplayName("norm2: NaN anywhere gives NaN (even next to infinity); infinity without NaN gives +∞")
  void norm2NonFinite() {
    assertTrue(Double.isNaN(Vectors.norm2(new double[] {1, Double.NaN, 2})));
    assertTrue(Double.isNaN(Vectors.norm2(new double[] {Double.NaN, Double.POSITIVE_INFINITY})));
    assertTrue(Double.isNaN(Vectors.norm2(new double[] {Double.NEGATIVE_INFINITY, Double.NaN})));
    assertEquals(Double.POSITIVE_INFINITY, Vectors.norm2(new double[] {1, Double.NEGATIVE_INFINITY}), 0);
    assertEquals(Double.POSITIVE_INFINITY, Vectors.norm2(new double[] {Double.POSITIVE_INFINITY, 1e-300}), 0);
  }

  @Test
  @DisplayName("dot propagates NaN and infinity like IEEE arithmetic")
  void dotNonFinite() {
    assertTrue(Double.isNaN(Vectors.dot(new double[] {1, Double.NaN}, new double[] {1, 1})));
    assertEquals(Double.NEGATIVE_INFINITY,
        Vectors.dot(new double[] {Double.POSITIVE_INFINITY, 1}, new double[] {-1, 1}), 0);
    assertTrue(Double.isNaN(Vectors.dot(new double[] {Double.POSITIVE_INFINITY}, new double[] {0})));
  }

  @Test
  @DisplayName("allFinite: false for NaN and ±∞, true for MAX_VALUE, MIN_VALUE and the empty vector")
  void allFinite() {
    assertTrue(Vectors.allFinite(new double[0]));
    assertTrue(Vectors.allFinite(new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0}));
    assertFalse(Vectors.allFinite(new double[] {1, Double.NaN}));
    assertFalse(Vectors.allFinite(new double[] {Double.POSITIVE_INFINITY, 1}));
    assertFalse(Vectors.allFinite(new double[] {1, 2, Double.NEGATIVE_INFINITY}));
  }
}
