package org.hesstrucks.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Picks the points of a long series that are drawn: the first, the last, and in each of a number of
 * equal-width buckets between them the least and the greatest value of every given series, so a spike or a
 * dip is never smoothed away. The picked values are rounded to {@link #DIGITS} significant digits, one more
 * than a tooltip shows, to keep the page small.
 */
final class Downsample {
  /** At most this many points of any series are drawn. */
  static final int MAX_POINTS = 500;
  /** Significant digits kept in drawn values. */
  static final int DIGITS = 5;
  private static final MathContext ROUNDING = new MathContext(DIGITS);

  private Downsample() {}

  /**
   * The indices (ascending) of at most {@code maxPoints} of {@code n} points: all of them when
   * {@code n <= maxPoints}; else the first, the last, and per bucket the positions of the least and greatest
   * finite value of each series (series shorter than {@code n} count where they have values).
   *
   * @param maxPoints at least {@code 2 + 2 * series.length}
   */
  static int[] indices(int n, int maxPoints, double[]... series) {
    int perBucket = 2 * Math.max(1, series.length);
    if (maxPoints < 2 + perBucket) {
      throw new IllegalArgumentException("maxPoints must be at least " + (2 + perBucket) + ", got " + maxPoints);
    }
    if (n <= maxPoints) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    boolean[] keep = new boolean[n];
    keep[0] = true;
    keep[n - 1] = true;
    int buckets = (maxPoints - 2) / perBucket;
    int interior = n - 2;
    for (int b = 0; b < buckets; b++) {
      int start = 1 + (int) ((long) b * interior / buckets);
      int end = 1 + (int) ((long) (b + 1) * interior / buckets);
      boolean any = false;
      for (double[] values : series) {
        int least = -1;
        int greatest = -1;
        for (int i = start; i < Math.min(end, values.length); i++) {
          if (!Double.isFinite(values[i])) {
            continue;
          }
          if (least < 0 || values[i] < values[least]) {
            least = i;
          }
          if (greatest < 0 || values[i] > values[greatest]) {
            greatest = i;
          }
        }
        if (least >= 0) {
          keep[least] = true;
          keep[greatest] = true;
          any = true;
        }
      }
      if (!any && start < end) {
        keep[start] = true;
      }
    }
    int count = 0;
    for (boolean k : keep) {
      count += k ? 1 : 0;
    }
    int[] picked = new int[count];
    int j = 0;
    for (int i = 0; i < n; i++) {
      if (keep[i]) {
        picked[j++] = i;
      }
    }
    return picked;
  }

  /** The values at {@code indices}, rounded; null stays null. Positions past the end are NaN. */
  static double[] pick(double[] values, int[] indices) {
    if (values == null) {
      return null;
    }
    double[] out = new double[indices.length];
    for (int i = 0; i < indices.length; i++) {
      out[i] = indices[i] < values.length ? round(values[indices[i]]) : Double.NaN;
    }
    return out;
  }

  static long[] pick(long[] values, int[] indices) {
    long[] out = new long[indices.length];
    for (int i = 0; i < indices.length; i++) {
      out[i] = values[indices[i]];
    }
    return out;
  }

  /** The values at {@code indices}; null when they are all {@code constant} (a group whose seeds all reached every point). */
  static int[] pick(int[] values, int[] indices, int constant) {
    int[] out = new int[indices.length];
    boolean varies = false;
    for (int i = 0; i < indices.length; i++) {
      out[i] = values[indices[i]];
      varies |= out[i] != constant;
    }
    return varies ? out : null;
  }

  /** {@code value} to {@link #DIGITS} significant digits; non-finite values and 0 unchanged. */
  static double round(double value) {
    if (!Double.isFinite(value) || value == 0) {
      return value;
    }
    return new BigDecimal(value).round(ROUNDING).doubleValue();
  }
}
