package org.hesstrucks.analysis.dense;

/** Gram–Schmidt on rows of vectors, each projection applied twice ("twice is enough", Kahan–Parlett). */
public final class Orthonormal {
  private Orthonormal() {}

  /**
   * Removes from {@code v} its components along the first {@code count} rows of {@code basis}, twice.
   *
   * @param basis rows assumed orthonormal; not modified
   * @param v modified
   */
  public static void project(double[][] basis, int count, double[] v) {
    for (int pass = 0; pass < 2; pass++) {
      for (int j = 0; j < count; j++) {
        double[] b = basis[j];
        double dot = 0;
        for (int i = 0; i < v.length; i++) {
          dot += b[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
          v[i] -= dot * b[i];
        }
      }
    }
  }

  /** The Euclidean norm. */
  public static double norm(double[] v) {
    double sum = 0;
    for (int i = 0; i < v.length; i++) {
      sum += v[i] * v[i];
    }
    return Math.sqrt(sum);
  }

  /** The dot product. */
  public static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /**
   * An orthonormal basis of the span of {@code rows} (QR by Gram–Schmidt twice), dropping a row whose
   * remainder is below {@code relativeTolerance} times its original norm.
   *
   * @param rows not modified
   * @return new rows, at most {@code rows.length}
   */
  public static double[][] basis(double[][] rows, double relativeTolerance) {
    double[][] out = new double[rows.length][];
    int count = 0;
    for (double[] row : rows) {
      double before = norm(row);
      double[] v = row.clone();
      project(out, count, v);
      double after = norm(v);
      if (before > 0 && after > relativeTolerance * before) {
        for (int i = 0; i < v.length; i++) {
          v[i] /= after;
        }
        out[count++] = v;
      }
    }
    return java.util.Arrays.copyOf(out, count);
  }
}
