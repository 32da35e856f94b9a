package org.hesstrucks.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One quantity over the seeds of a group, key by key (a checkpoint iteration, or a telemetry step): the median,
 * the least and the greatest finite value, and how many seeds had a finite value there. A key no seed has a
 * finite value for is NaN in all three columns and 0 in {@code seeds}. With an even number of values the
 * median is the mean of the middle two.
 *
 * @param median the median over seeds at each key
 * @param min the least value at each key
 * @param max the greatest value at each key
 * @param seeds how many seeds contributed at each key
 */
public record SeedBand(double[] median, double[] min, double[] max, int[] seeds) {

  /** The number of keys. */
  public int size() {
    return median.length;
  }

  /**
   * The sorted union of the seeds' keys; each seed's keys need not be sorted.
   *
   * @param seedKeys one key column per seed
   */
  public static long[] unionOfKeys(List<long[]> seedKeys) {
    TreeSet<Long> union = new TreeSet<>();
    for (long[] keys : seedKeys) {
      for (long key : keys) {
        union.add(key);
      }
    }
    return union.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * Aligns seeds on their keys: at each key of {@code keys}, the seeds whose key column holds it contribute
   * their value at that position (when finite). A seed that stopped early drops out of the keys after its
   * last one.
   *
   * @param keys the keys to report, usually {@link #unionOfKeys}
   * @param seedKeys each seed's keys
   * @param seedValues each seed's values, parallel to its keys (a shorter column misses the rest)
   */
  public static SeedBand alignedOnKeys(long[] keys, List<long[]> seedKeys, List<double[]> seedValues) {
    if (seedKeys.size() != seedValues.size()) {
      throw new IllegalArgumentException(
          "seedKeys and seedValues differ in size: " + seedKeys.size() + " vs " + seedValues.size());
    }
    List<Map<Long, Integer>> positions = new ArrayList<>();
    for (long[] own : seedKeys) {
      Map<Long, Integer> position = new HashMap<>();
      for (int i = 0; i < own.length; i++) {
        position.putIfAbsent(own[i], i);
      }
      positions.add(position);
    }
    int n = keys.length;
    double[] median = new double[n];
    double[] min = new double[n];
    double[] max = new double[n];
    int[] seeds = new int[n];
    double[] atKey = new double[seedValues.size()];
    for (int k = 0; k < n; k++) {
      int count = 0;
      for (int s = 0; s < seedValues.size(); s++) {
        Integer i = positions.get(s).get(keys[k]);
        double[] values = seedValues.get(s);
        if (i != null && values != null && i < values.length && Double.isFinite(values[i])) {
          atKey[count++] = values[i];
        }
      }
      summarise(atKey, count, k, median, min, max);
      seeds[k] = count;
    }
    return new SeedBand(median, min, max, seeds);
  }

  /**
   * Aligns seeds by position: key {@code i} is entry {@code i} of every column long enough to have it (the
   * telemetry layout: one entry per iteration, NaN where nothing was recorded).
   */
  public static SeedBand alignedByIndex(List<double[]> seedValues) {
    int n = 0;
    for (double[] values : seedValues) {
      n = Math.max(n, values == null ? 0 : values.length);
    }
    double[] median = new double[n];
    double[] min = new double[n];
    double[] max = new double[n];
    int[] seeds = new int[n];
    double[] atKey = new double[seedValues.size()];
    for (int k = 0; k < n; k++) {
      int count = 0;
      for (double[] values : seedValues) {
        if (values != null && k < values.length && Double.isFinite(values[k])) {
          atKey[count++] = values[k];
        }
      }
      summarise(atKey, count, k, median, min, max);
      seeds[k] = count;
    }
    return new SeedBand(median, min, max, seeds);
  }

  /**
   * This band with consecutive keys merged {@code binSize} at a time (the last bin may be shorter), for
   * series too long to draw point by point: per bin, the median of the finite medians, the least min, the
   * greatest max, and the most seeds any key had. A bin with no finite value is NaN with 0 seeds.
   */
  public SeedBand binned(int binSize) {
    if (binSize < 1) {
      throw new IllegalArgumentException("binSize must be positive, got " + binSize);
    }
    if (binSize == 1) {
      return this;
    }
    int bins = (size() + binSize - 1) / binSize;
    double[] binMedian = new double[bins];
    double[] binMin = new double[bins];
    double[] binMax = new double[bins];
    int[] binSeeds = new int[bins];
    double[] medians = new double[binSize];
    for (int b = 0; b < bins; b++) {
      int count = 0;
      double least = Double.NaN;
      double greatest = Double.NaN;
      int most = 0;
      for (int k = b * binSize; k < Math.min(size(), (b + 1) * binSize); k++) {
        if (Double.isFinite(median[k])) {
          medians[count++] = median[k];
        }
        if (Double.isFinite(min[k]) && !(min[k] >= least)) {
          least = min[k];
        }
        if (Double.isFinite(max[k]) && !(max[k] <= greatest)) {
          greatest = max[k];
        }
        most = Math.max(most, seeds[k]);
      }
      binMedian[b] = medianOf(medians, count);
      binMin[b] = count == 0 ? Double.NaN : least;
      binMax[b] = count == 0 ? Double.NaN : greatest;
      binSeeds[b] = count == 0 ? 0 : most;
    }
    return new SeedBand(binMedian, binMin, binMax, binSeeds);
  }

  /** The bin size that brings {@code size} keys down to at most {@code maxPoints}. */
  public static int binSizeFor(int size, int maxPoints) {
    return Math.max(1, (size + maxPoints - 1) / maxPoints);
  }

  /** The middle key of each bin of {@code binSize} consecutive keys (the lower middle for an even bin). */
  public static long[] binnedKeys(long[] keys, int binSize) {
    int bins = (keys.length + binSize - 1) / binSize;
    long[] middles = new long[bins];
    for (int b = 0; b < bins; b++) {
      int start = b * binSize;
      int end = Math.min(keys.length, start + binSize);
      middles[b] = keys[start + (end - start - 1) / 2];
    }
    return middles;
  }

  private static void summarise(double[] values, int count, int k, double[] median, double[] min, double[] max) {
    if (count == 0) {
      median[k] = Double.NaN;
      min[k] = Double.NaN;
      max[k] = Double.NaN;
      return;
    }
    double[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    min[k] = sorted[0];
    max[k] = sorted[count - 1];
    median[k] = medianOf(sorted, count);
  }

  /** The median of the first {@code count} values (NaN for none); the mean of the middle two for an even count. */
  private static double medianOf(double[] values, int count) {
    if (count == 0) {
      return Double.NaN;
    }
    double[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    return count % 2 == 1 ? sorted[count / 2] : 0.5 * (sorted[count / 2 - 1] + sorted[count / 2]);
  }

  // Arrays in a record: compare and print by content.

  @Override
  public boolean equals(Object other) {
    return other instanceof SeedBand that
        && Arrays.equals(median, that.median)
        && Arrays.equals(min, that.min)
        && Arrays.equals(max, that.max)
        && Arrays.equals(seeds, that.seeds);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * Arrays.hashCode(median) + Arrays.hashCode(min)) + Arrays.hashCode(max))
        + Arrays.hashCode(seeds);
  }

  @Override
  public String toString() {
    return "SeedBand[median=" + Arrays.toString(median) + ", min=" + Arrays.toString(min)
        + ", max=" + Arrays.toString(max) + ", seeds=" + Arrays.toString(seeds) + "]";
  }
}
