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
    double sy = 0;
    double yy = 0;
    for (int i = 0; i < dimension; i++) {
      sy += sVector[i] * yVector[i];
      yy += yVector[i] * yVector[i];
    }
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
   * @param q the vector; not modified (unless it is {@code out})
   * @param out receives H q; may be {@code q}; modified
   */
  public void multiply(double[] q, double[] out) {
    if (out != q) {
      System.arraycopy(q, 0, out, 0, dimension);
    }
    if (size == 0) {
      return;
    }
    int oldest = (newest - size + 1 + capacity) % capacity;
    for (int k = 0, j = newest; k < size; k++, j = (j - 1 + capacity) % capacity) {
      double[] sj = s[j];
      double[] yj = y[j];
      double dot = 0;
      for (int i = 0; i < dimension; i++) {
        dot += sj[i] * out[i];
      }
      double a = rho[j] * dot;
      alpha[j] = a;
      for (int i = 0; i < dimension; i++) {
        out[i] -= a * yj[i];
      }
    }
    double gamma = gamma();
    for (int i = 0; i < dimension; i++) {
      out[i] *= gamma;
    }
    for (int k = 0, j = oldest; k < size; k++, j = (j + 1) % capacity) {
      double[] sj = s[j];
      double[] yj = y[j];
      double dot = 0;
      for (int i = 0; i < dimension; i++) {
        dot += yj[i] * out[i];
      }
      double coefficient = alpha[j] - rho[j] * dot;
      for (int i = 0; i < dimension; i++) {
        out[i] += coefficient * sj[i];
      }
    }
  }
}
