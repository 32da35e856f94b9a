package org.hesstrucks.harness.run;

import java.util.Arrays;

/** A column of doubles that grows by doubling; unset entries are NaN. */
final class GrowableColumn {
  private double[] values = new double[64];
  private int size;

  GrowableColumn() {
    Arrays.fill(values, Double.NaN);
  }

  /** Sets entry {@code index}, growing (NaN-filled) as needed. */
  void set(int index, double value) {
    if (index >= values.length) {
      int old = values.length;
      values = Arrays.copyOf(values, Math.max(2 * old, index + 1));
      Arrays.fill(values, old, values.length, Double.NaN);
    }
    values[index] = value;
    size = Math.max(size, index + 1);
  }

  /** The first {@code length} entries, NaN past what was set. */
  double[] toArray(int length) {
    double[] out = Arrays.copyOf(values, length);
    for (int i = Math.min(values.length, length); i < length; i++) {
      out[i] = Double.NaN;
    }
    return out;
  }

  int size() {
    return size;
  }
}
