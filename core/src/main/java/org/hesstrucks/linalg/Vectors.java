package org.hesstrucks.linalg;

/** Level-1 kernels on flat vectors. Every method checks nothing beyond what the JVM checks; no allocation. */
public final class Vectors {
  private Vectors() {}

  /** Returns xᵀy. */
  public static double dot(double[] x, double[] y) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += x[i] * y[i];
    }
    return sum;
  }

  /**
   * Returns the Euclidean norm ‖x‖₂, scaled so that it neither overflows nor underflows for vectors whose
   * squared norm is outside the double range.
   */
  public static double norm2(double[] x) {
    double scale = 0;
    for (double v : x) {
      scale = Math.max(scale, Math.abs(v));
    }
    if (scale == 0 || Double.isNaN(scale) || Double.isInfinite(scale)) {
      return scale == 0 ? 0 : (Double.isNaN(scale) ? Double.NaN : Double.POSITIVE_INFINITY);
    }
    if (scale > 1e-150 && scale < 1e150) {
      return Math.sqrt(dot(x, x));
    }
    double sum = 0;
    for (double v : x) {
      double t = v / scale;
      sum += t * t;
    }
    return scale * Math.sqrt(sum);
  }

  /** y ← y + a·x. y is modified. */
  public static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  /** out ← x + a·d. {@code out} may be {@code x}. */
  public static void addScaled(double[] x, double a, double[] d, double[] out) {
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] + a * d[i];
    }
  }

  /** x ← a·x. */
  public static void scale(double a, double[] x) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= a;
    }
  }

  /** out ← −x. {@code out} may be {@code x}. */
  public static void negate(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) {
      out[i] = -x[i];
    }
  }

  /** True when every entry is finite (neither NaN nor infinite). */
  public static boolean allFinite(double[] x) {
    for (double v : x) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
