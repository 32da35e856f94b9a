package org.hesstrucks.optimizer.lbfgs;

/**
 * The L-BFGS two-loop recursion (Nocedal &amp; Wright Algorithm 7.4): applies the limited-memory inverse-Hessian
 * approximation H_k to a vector using the last {@code m} curvature pairs (s_i, y_i), with H_k⁰ = γ_k I and
 * γ_k = s_{k−1}ᵀy_{k−1} / y_{k−1}ᵀy_{k−1} from the newest pair (eq. 7.20).
 *
 * <p>The pairs live in a ring buffer of m slots allocated in the constructor; storing a pair copies it and
 * evicts the oldest when the buffer is full; {@link #multiply} allocates nothing. As the draft's errata
 * require, the first loop runs newest pair first and keeps each α_i, which the second loop (oldest pair
 * first) reuses.
 *
 * <p>Not thread-safe: one instance per run.
 */
public final class TwoLoopRecursion {
  private final int dimension;
  private final int capacity;
  private final double[][] s;
  private final double[][] y;
  private final double[] rho;
  private final double[] alpha;
  private double newestSy;
  private double newestYy;
  private int size;
  private int newest = -1;

  /**
   * @param dimension n, the length of every vector
   * @param memory m ≥ 1, the number of pairs kept
   */
  public TwoLoopRecursion(int dimension, int memory) {
    if (memory < 1) {
      throw new IllegalArgumentException("memory must be at least 1, got " + memory);
    }
    this.dimension = dimension;
    this.capacity = memory;
    this.s = new double[memory][dimension];
    this.y = new double[memory][dimension];
    this.rho = new double[memory];
    this.alpha = new double[memory];
  }

  /** m, the most pairs kept. */
  public int memory() {
    return capacity;
  }

  /** The number of pairs stored now, at most {@link #memory()}. */
  public int size() {
    return size;
  }

  /** Forgets every pair; the next {@link #multiply} is the identity. */
  public void clear() {
    size = 0;
    newest = -1;
  }

  /**
   * Stores the pair (s, y), evicting the oldest when the buffer is full.
   *
   * @param sVector s = x_{k+1} − x_k; not modified, copied
   * @param yVector y = ∇f(x_{k+1}) − ∇f(x_k); not modified, copied
   * @throws IllegalArgumentException unless sᵀy &gt; 0 (the caller filters pairs with too little curvature)
   */
  public void push(double[] sVector, double[] yVector) {
    double sy = dot(sVector, yVector, dimension);
    double yy = dot(yVector, yVector, dimension);
    if (!(sy > 0) || !(yy > 0) || Double.isInfinite(sy) || Double.isInfinite(yy)) {
      throw new IllegalArgumentException("a curvature pair needs 0 < sᵀy < ∞, got sᵀy = " + sy + ", yᵀy = " + yy);
    }
    newest = (newest + 1) % capacity;
    System.arraycopy(sVector, 0, s[newest], 0, dimension);
    System.arraycopy(yVector, 0, y[newest], 0, dimension);
    rho[newest] = 1 / sy;
    newestSy = sy;
    newestYy = yy;
    if (size < capacity) {
      size++;
    }
  }

  /** γ = sᵀy / yᵀy of the newest pair, the scale of H⁰; 1 when no pair is stored. */
  public double gamma() {
    return size == 0 ? 1 : newestSy / newestYy;
  }

  /**
   * out ← H q, with H the L-BFGS approximation of the inverse Hessian (the identity when no pair is stored).
   * The search direction is −H∇f.
   *
   * <p>2·size + 1 passes over n: each pass applies one pair's update to {@code out} and, in the same sweep,
   * takes the dot product the next pair needs (the first pass copies q and takes the first dot product; the
   * last pass of the first loop also scales by γ). Every dot product has the order of {@link #dot}, so the
   * result is the same bits on every run and JIT tier.
   *
   * @param q the vector; not modified (unless it is {@code out})
   * @param out receives H q; may be {@code q}; modified
   */
  public void multiply(double[] q, double[] out) {
    int n = dimension;
    if (size == 0) {
      if (out != q) {
        System.arraycopy(q, 0, out, 0, n);
      }
      return;
    }
    int oldest = (newest - size + 1 + capacity) % capacity;
    double dot = out == q ? dot(s[newest], q, n) : copyAndDot(q, out, s[newest], n);
    // First loop, newest pair first: α_j = ρ_j s_jᵀ out, out ← out − α_j y_j; the pass also takes s_{j−1}ᵀ out.
    int j = newest;
    for (int k = 1; k < size; k++) {
      double a = rho[j] * dot;
      alpha[j] = a;
      int older = (j - 1 + capacity) % capacity;
      dot = updateAndDot(-a, y[j], out, s[older], n);
      j = older;
    }
    // The oldest pair's update, the scaling by H⁰ = γI and the second loop's first dot product, in one pass.
    double a = rho[j] * dot;
    alpha[j] = a;
    dot = updateScaleAndDot(-a, y[j], gamma(), out, y[oldest], n);
    // Second loop, oldest pair first: β = ρ_j y_jᵀ out, out ← out + (α_j − β) s_j; the pass also takes y_{j+1}ᵀ out.
    j = oldest;
    for (int k = 1; k < size; k++) {
      int newer = (j + 1) % capacity;
      dot = updateAndDot(alpha[j] - rho[j] * dot, s[j], out, y[newer], n);
      j = newer;
    }
    update(alpha[j] - rho[j] * dot, s[j], out, n);
  }

  // The dot products below all sum in one fixed order, so that every call gives the same bits whatever the JIT
  // does (C2 does not reassociate floating-point sums, so this order is also the order executed): four partial
  // sums over the indices i ≡ 0, 1, 2, 3 (mod 4) below 4⌊n/4⌋, each in increasing i; the remaining (n mod 4)
  // products are added to the first partial sum in increasing i; the result is (p0 + p1) + (p2 + p3). Four
  // independent sums, unlike one, do not wait on the addition's latency at every element.

  /** aᵀb over the first n entries, in the order described above. */
  static double dot(double[] a, double[] b, int n) {
    double p0 = 0;
    double p1 = 0;
    double p2 = 0;
    double p3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      p0 += a[i] * b[i];
      p1 += a[i + 1] * b[i + 1];
      p2 += a[i + 2] * b[i + 2];
      p3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; i++) {
      p0 += a[i] * b[i];
    }
    return (p0 + p1) + (p2 + p3);
  }

  /** out ← q; returns zᵀq. */
  private static double copyAndDot(double[] q, double[] out, double[] z, int n) {
    double p0 = 0;
    double p1 = 0;
    double p2 = 0;
    double p3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      double o0 = q[i];
      double o1 = q[i + 1];
      double o2 = q[i + 2];
      double o3 = q[i + 3];
      out[i] = o0;
      out[i + 1] = o1;
      out[i + 2] = o2;
      out[i + 3] = o3;
      p0 += z[i] * o0;
      p1 += z[i + 1] * o1;
      p2 += z[i + 2] * o2;
      p3 += z[i + 3] * o3;
    }
    for (; i < n; i++) {
      double o = q[i];
      out[i] = o;
      p0 += z[i] * o;
    }
    return (p0 + p1) + (p2 + p3);
  }

  /** out ← out + c·x; returns zᵀout (the updated out): the scaled pass with scale 1, which is exact. */
  private static double updateAndDot(double c, double[] x, double[] out, double[] z, int n) {
    return updateScaleAndDot(c, x, 1.0, out, z, n);
  }

  /** out ← (out + c·x)·scale; returns zᵀout (the updated out). */
  private static double updateScaleAndDot(double c, double[] x, double scale, double[] out, double[] z, int n) {
    double p0 = 0;
    double p1 = 0;
    double p2 = 0;
    double p3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      double o0 = (out[i] + c * x[i]) * scale;
      double o1 = (out[i + 1] + c * x[i + 1]) * scale;
      double o2 = (out[i + 2] + c * x[i + 2]) * scale;
      double o3 = (out[i + 3] + c * x[i + 3]) * scale;
      out[i] = o0;
      out[i + 1] = o1;
      out[i + 2] = o2;
      out[i + 3] = o3;
      p0 += z[i] * o0;
      p1 += z[i + 1] * o1;
      p2 += z[i + 2] * o2;
      p3 += z[i + 3] * o3;
    }
    for (; i < n; i++) {
      double o = (out[i] + c * x[i]) * scale;
      out[i] = o;
      p0 += z[i] * o;
    }
    return (p0 + p1) + (p2 + p3);
  }

  /** out ← out + c·x. */
  private static void update(double c, double[] x, double[] out, int n) {
    for (int i = 0; i < n; i++) {
      out[i] += c * x[i];
    }
  }
}
