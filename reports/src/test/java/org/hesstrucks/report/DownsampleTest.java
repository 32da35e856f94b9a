package org.hesstrucks.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DownsampleTest {
  private static final double NAN = Double.NaN;

  @Test
  @DisplayName("by hand: 10 points to 6 keeps first, last and each bucket's least and greatest")
  void byHand() {
    // buckets of the interior 1..8: {1..4} and {5..8}; least/greatest at 3/2 and 6/7
    double[] values = {5, 3, 9, 1, 4, 7, 2, 8, 6, 0};
    assertArrayEquals(new int[] {0, 2, 3, 6, 7, 9}, Downsample.indices(10, 6, values));
  }

  @Test
  @DisplayName("two series: each bucket keeps the extremes of both; never more than maxPoints")
  void twoSeries() {
    double[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    double[] b = {0, 5, 0, 0, 0, -5, 0, 0, 0, 0, 0, 0};
    // maxPoints 9: one bucket (1..10) of 4 picks: a's 1 and 10, b's 1 (greatest) and 5 (least)
    assertArrayEquals(new int[] {0, 1, 5, 10, 11}, Downsample.indices(12, 9, a, b));
  }

  @Test
  @DisplayName("short series are kept whole; NaN is skipped; a bucket of only NaN keeps its first point")
  void shortAndMissing() {
    assertArrayEquals(new int[] {0, 1, 2}, Downsample.indices(3, 4, new double[] {1, 2, 3}));
    double[] values = {1, NAN, NAN, NAN, NAN, 7, 2, NAN, 3, 4};
    // buckets {1..4} (all NaN: keeps 1) and {5..8}: least 6, greatest 5
    assertArrayEquals(new int[] {0, 1, 5, 6, 9}, Downsample.indices(10, 6, values));
  }

  @Test
  @DisplayName("seed counts: null when every drawn point has them all, else the picked counts")
  void counts() {
    assertEquals(null, Downsample.pick(new int[] {3, 3, 2, 3}, new int[] {0, 1, 3}, 3));
    assertArrayEquals(new int[] {3, 2}, Downsample.pick(new int[] {3, 3, 2, 3}, new int[] {0, 2}, 3));
  }

  @Test
  @DisplayName("a maxPoints too small for the series is refused with the least it takes")
  void tooFewPoints() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Downsample.indices(100, 5, new double[100], new double[100]));
    assertEquals("maxPoints must be at least 6, got 5", e.getMessage());
  }

  @Test
  @DisplayName("drawn values are rounded to 5 significant digits; 0, NaN and infinities unchanged")
  void rounding() {
    assertEquals(0.12346, Downsample.round(0.1234567891));
    assertEquals(1.2346e8, Downsample.round(123456789));
    assertEquals(-2.5e-12, Downsample.round(-2.5e-12));
    assertEquals(0.0, Downsample.round(0));
    assertEquals(Double.POSITIVE_INFINITY, Downsample.round(Double.POSITIVE_INFINITY));
    assertArrayEquals(new double[] {0.33333, NAN}, Downsample.pick(new double[] {1.0 / 3, 2}, new int[] {0, 5}));
  }
}
