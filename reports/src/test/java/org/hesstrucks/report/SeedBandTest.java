package org.hesstrucks.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SeedBandTest {
  private static final double NAN = Double.NaN;

  @Test
  @DisplayName("union of keys is sorted and without repeats, whatever the seeds' order")
  void unionOfKeys() {
    assertArrayEquals(new long[] {0, 5, 10, 20, 30},
        SeedBand.unionOfKeys(List.of(new long[] {0, 10, 20}, new long[] {30, 5, 0}, new long[] {})));
  }

  @Test
  @DisplayName("aligned on keys: median, min, max and count by hand, a NaN skipped, a short seed dropping out")
  void alignedOnKeys() {
    List<long[]> keys = List.of(new long[] {0, 10, 20}, new long[] {0, 10, 20, 30}, new long[] {0, 10});
    List<double[]> values = List.of(new double[] {4, 2, 1}, new double[] {6, NAN, 3, 2}, new double[] {5, 1});
    long[] union = SeedBand.unionOfKeys(keys);

    SeedBand band = SeedBand.alignedOnKeys(union, keys, values);

    // key 0: {4, 6, 5} -> 4 5 6; key 10: {2, 1} (NaN skipped) -> mean of 1 and 2; key 20: {1, 3}; key 30: {2}
    assertArrayEquals(new double[] {5, 1.5, 2, 2}, band.median());
    assertArrayEquals(new double[] {4, 1, 1, 2}, band.min());
    assertArrayEquals(new double[] {6, 2, 3, 2}, band.max());
    assertArrayEquals(new int[] {3, 2, 2, 1}, band.seeds());
  }

  @Test
  @DisplayName("aligned on keys: seeds whose checkpoints differ meet only where they share an iteration")
  void alignedOnDifferentCheckpoints() {
    List<long[]> keys = List.of(new long[] {0, 10, 20}, new long[] {0, 5, 20});
    List<double[]> values = List.of(new double[] {8, 4, 2}, new double[] {10, 7, 1});

    SeedBand band = SeedBand.alignedOnKeys(SeedBand.unionOfKeys(keys), keys, values);

    // keys 0, 5, 10, 20
    assertArrayEquals(new double[] {9, 7, 4, 1.5}, band.median());
    assertArrayEquals(new double[] {8, 7, 4, 1}, band.min());
    assertArrayEquals(new double[] {10, 7, 4, 2}, band.max());
    assertArrayEquals(new int[] {2, 1, 1, 2}, band.seeds());
  }

  @Test
  @DisplayName("aligned by index: telemetry with gaps; a step nobody recorded is NaN with count 0")
  void alignedByIndex() {
    SeedBand band = SeedBand.alignedByIndex(List.of(
        new double[] {1, NAN, 3, 9},
        new double[] {2, NAN, 5},
        new double[] {6, NAN, 4}));

    assertArrayEquals(new double[] {2, NAN, 4, 9}, band.median());
    assertArrayEquals(new double[] {1, NAN, 3, 9}, band.min());
    assertArrayEquals(new double[] {6, NAN, 5, 9}, band.max());
    assertArrayEquals(new int[] {3, 0, 3, 1}, band.seeds());
  }

  @Test
  @DisplayName("binned: median of medians, least min, greatest max, most seeds; a short last bin")
  void binned() {
    SeedBand band = SeedBand.alignedByIndex(List.of(
        new double[] {1, 4, 2, NAN, 7},
        new double[] {3, 0, NAN, NAN, 9}));
    // by key: median {2, 2, 2, NaN, 8}, min {1, 0, 2, NaN, 7}, max {3, 4, 2, NaN, 9}, seeds {2, 2, 1, 0, 2}

    SeedBand binned = band.binned(2);

    assertArrayEquals(new double[] {2, 2, 8}, binned.median());
    assertArrayEquals(new double[] {0, 2, 7}, binned.min());
    assertArrayEquals(new double[] {4, 2, 9}, binned.max());
    assertArrayEquals(new int[] {2, 1, 2}, binned.seeds());
    assertArrayEquals(new long[] {0, 2, 4}, SeedBand.binnedKeys(new long[] {0, 1, 2, 3, 4}, 2));
    assertArrayEquals(new long[] {10, 40}, SeedBand.binnedKeys(new long[] {0, 10, 20, 30, 40, 50}, 3));
    assertEquals(band, band.binned(1));
  }

  @Test
  @DisplayName("bin size brings a series down to at most the given number of points")
  void binSize() {
    assertEquals(1, SeedBand.binSizeFor(0, 1000));
    assertEquals(1, SeedBand.binSizeFor(1000, 1000));
    assertEquals(2, SeedBand.binSizeFor(1001, 1000));
    assertEquals(3, SeedBand.binSizeFor(2500, 1000));
  }

  @Test
  @DisplayName("one seed: median, min and max are its values")
  void oneSeed() {
    SeedBand band = SeedBand.alignedByIndex(List.of(new double[] {3, 1}));
    assertEquals(new SeedBand(new double[] {3, 1}, new double[] {3, 1}, new double[] {3, 1}, new int[] {1, 1}), band);
  }

  @Test
  @DisplayName("infinities count as missing, like NaN")
  void infinitiesAreMissing() {
    SeedBand band = SeedBand.alignedByIndex(List.of(
        new double[] {Double.POSITIVE_INFINITY}, new double[] {2}, new double[] {Double.NEGATIVE_INFINITY}));
    assertArrayEquals(new double[] {2}, band.median());
    assertArrayEquals(new int[] {1}, band.seeds());
  }
}
