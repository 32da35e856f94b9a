package org.hesstrucks.analysis.spectrum;

import java.util.SplittableRandom;
import org.hesstrucks.analysis.dense.Orthonormal;
import org.hesstrucks.analysis.dense.SymmetricEigen;
import org.hesstrucks.curvature.CurvatureOperator;

/**
 * The symmetric Lanczos process with full reorthogonalisation (each new vector is projected off every
 * earlier one, twice). Steps beyond the dimension n are not taken. A breakdown (βⱼ ≤ {@link #BREAKDOWN} ·
 * ‖T‖) means the Krylov space is invariant:
 * <ul>
 *   <li>a run from a given start vector ({@link #run(CurvatureOperator, int, double[])}, what quadrature
 *       needs) stops there, so it costs m products or fewer;
 *   <li>a seeded run ({@link #run(CurvatureOperator, int, long)}, for eigenpairs) restarts from a fresh
 *       seeded vector orthogonal to the basis, with β = 0 (T block diagonal), so repeated eigenvalues are
 *       found with their multiplicity; it costs exactly min(m, n) products (fewer only when the basis
 *       numerically spans the whole space).
 * </ul>
 *
 * <p>Usage: {@code Lanczos.run(op, m, seed).eigenpairs(Which.LARGEST, k)}. The basis is kept (m × n
 * doubles) so Ritz vectors can be formed.
 */
public final class Lanczos {
  /** A β this small relative to the tridiagonal's scale means the Krylov space is invariant. */
  public static final double BREAKDOWN = 1e-12;

  private final double[][] basis;
  private final double[] alpha;
  private final double[] beta;
  private final int steps;
  private final boolean breakdown;
  private final SymmetricEigen ritz;

  private Lanczos(double[][] basis, double[] alpha, double[] beta, int steps, boolean breakdown) {
    this.basis = basis;
    this.alpha = alpha;
    this.beta = beta;
    this.steps = steps;
    this.breakdown = breakdown;
    double[] t = new double[steps * steps];
    for (int j = 0; j < steps; j++) {
      t[j * steps + j] = alpha[j];
      if (j + 1 < steps) {
        t[j * steps + j + 1] = beta[j];
        t[(j + 1) * steps + j] = beta[j];
      }
    }
    this.ritz = SymmetricEigen.of(t, steps);
  }

  /**
   * Runs m steps from a seeded standard Gaussian start vector.
   *
   * @param steps m ≥ 1, clamped to the dimension
   * @param seed fixes the start vector
   */
  public static Lanczos run(CurvatureOperator operator, int steps, long seed) {
    double[] start = new double[operator.dimension()];
    SplittableRandom random = new SplittableRandom(seed);
    gaussian(random, start);
    return run(operator, steps, start, random);
  }

  private static void gaussian(SplittableRandom random, double[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = random.nextGaussian();
    }
  }

  /**
   * Runs m steps from {@code start} (normalised here).
   *
   * @param steps m ≥ 1, clamped to the dimension
   * @param start nonzero, length n; not modified
   * @throws IllegalArgumentException for m < 1, a zero start or a non-finite product
   */
  public static Lanczos run(CurvatureOperator operator, int steps, double[] start) {
    return run(operator, steps, start, null);
  }

  private static Lanczos run(CurvatureOperator operator, int steps, double[] start, SplittableRandom restarts) {
    int n = operator.dimension();
    if (steps < 1) {
      throw new IllegalArgumentException("Lanczos needs at least one step, got " + steps);
    }
    if (start.length != n) {
      throw new IllegalArgumentException("start vector has length " + start.length + ", operator " + n);
    }
    int m = Math.min(steps, n);
    double[][] basis = new double[m][];
    double[] alpha = new double[m];
    double[] beta = new double[m];
    double norm = Orthonormal.norm(start);
    if (!(norm > 0) || !Double.isFinite(norm)) {
      throw new IllegalArgumentException("start vector has norm " + norm);
    }
    double[] q = new double[n];
    for (int i = 0; i < n; i++) {
      q[i] = start[i] / norm;
    }
    basis[0] = q;
    double[] w = new double[n];
    double scale = 0;
    int done = 0;
    boolean breakdown = false;
    for (int j = 0; j < m; j++) {
      operator.apply(basis[j], w);
      done = j + 1;
      double a = Orthonormal.dot(basis[j], w);
      if (!Double.isFinite(a)) {
        throw new IllegalArgumentException("operator product " + (j + 1) + " is not finite");
      }
      alpha[j] = a;
      double[] qj = basis[j];
      double bPrev = j > 0 ? beta[j - 1] : 0;
      double[] qPrev = j > 0 ? basis[j - 1] : null;
      for (int i = 0; i < n; i++) {
        w[i] -= a * qj[i] + (qPrev == null ? 0 : bPrev * qPrev[i]);
      }
      Orthonormal.project(basis, j + 1, w);
      double b = Orthonormal.norm(w);
      beta[j] = b;
      scale = Math.max(scale, Math.abs(a) + b + bPrev);
      if (b <= BREAKDOWN * scale) {
        breakdown = true;
        beta[j] = 0;
        if (restarts == null || j + 1 == m || !restart(restarts, basis, j + 1, w)) {
          break;
        }
        continue;
      }
      if (j + 1 < m) {
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
          next[i] = w[i] / b;
        }
        basis[j + 1] = next;
      }
    }
    return new Lanczos(basis, alpha, beta, done, breakdown);
  }

  /** Fills basis[count] with a seeded unit vector orthogonal to the basis; false when none is left. */
  private static boolean restart(SplittableRandom random, double[][] basis, int count, double[] w) {
    for (int attempt = 0; attempt < 3; attempt++) {
      gaussian(random, w);
      double before = Orthonormal.norm(w);
      Orthonormal.project(basis, count, w);
      double after = Orthonormal.norm(w);
      if (after > 1e-8 * before) {
        double[] next = new double[w.length];
        for (int i = 0; i < w.length; i++) {
          next[i] = w[i] / after;
        }
        basis[count] = next;
        return true;
      }
    }
    return false;
  }

  /** The steps taken (operator products spent): m, or fewer after a breakdown. */
  public int steps() {
    return steps;
  }

  /** True when the run met an invariant subspace (and stopped, or restarted for a seeded run). */
  public boolean breakdown() {
    return breakdown;
  }

  /** The Ritz values (eigenvalues of the tridiagonal), ascending. A copy. */
  public double[] ritzValues() {
    return ritz.values();
  }

  /**
   * Squared first components of the tridiagonal's eigenvectors, ascending with {@link #ritzValues}: the
   * Gauss quadrature weights of the start vector's spectral measure (they sum to one).
   */
  public double[] quadratureWeights() {
    double[] weights = new double[steps];
    for (int j = 0; j < steps; j++) {
      double s = ritz.vector(0, j);
      weights[j] = s * s;
    }
    return weights;
  }

  /** The diagonal α of the tridiagonal. A copy. */
  public double[] alpha() {
    return java.util.Arrays.copyOf(alpha, steps);
  }

  /** The off-diagonal β (the last one is the residual norm after the final step). A copy. */
  public double[] beta() {
    return java.util.Arrays.copyOf(beta, steps);
  }

  /**
   * The k requested Ritz pairs with estimated residuals |β_m sₘᵢ| (exact in exact arithmetic, and accurate
   * under full reorthogonalisation); costs no product. Fewer than k when fewer steps were taken.
   */
  public Eigenpairs eigenpairs(Which which, int k) {
    int[] picks = pick(which, k);
    double[] values = new double[picks.length];
    double[][] vectors = new double[picks.length][];
    double[] residuals = new double[picks.length];
    double lastBeta = beta[steps - 1];
    for (int r = 0; r < picks.length; r++) {
      int j = picks[r];
      values[r] = ritz.value(j);
      vectors[r] = ritzVector(j);
      residuals[r] = Math.abs(lastBeta * ritz.vector(steps - 1, j));
    }
    return new Eigenpairs(values, vectors, residuals, steps);
  }

  /**
   * Like {@link #eigenpairs(Which, int)} with residuals ‖Bv − θv‖ computed explicitly: one more product
   * per pair, counted in {@link Eigenpairs#products()}.
   */
  public Eigenpairs eigenpairs(Which which, int k, CurvatureOperator operator) {
    Eigenpairs estimated = eigenpairs(which, k);
    int n = operator.dimension();
    double[] product = new double[n];
    double[] residuals = new double[estimated.count()];
    for (int r = 0; r < residuals.length; r++) {
      double[] v = estimated.vectors()[r];
      operator.apply(v, product);
      double theta = estimated.values()[r];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double d = product[i] - theta * v[i];
        sum += d * d;
      }
      residuals[r] = Math.sqrt(sum);
    }
    return new Eigenpairs(estimated.values(), estimated.vectors(), residuals, steps + residuals.length);
  }

  private int[] pick(Which which, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    int count = Math.min(k, steps);
    int[] picks = new int[count];
    switch (which) {
      case LARGEST:
        for (int r = 0; r < count; r++) {
          picks[r] = steps - 1 - r;
        }
        break;
      case SMALLEST:
        for (int r = 0; r < count; r++) {
          picks[r] = r;
        }
        break;
      default:
        int low = 0;
        int high = steps - 1;
        for (int r = 0; r < count; r++) {
          if (Math.abs(ritz.value(high)) >= Math.abs(ritz.value(low))) {
            picks[r] = high--;
          } else {
            picks[r] = low++;
          }
        }
    }
    return picks;
  }

  private double[] ritzVector(int j) {
    int n = basis[0].length;
    double[] v = new double[n];
    for (int l = 0; l < steps; l++) {
      double s = ritz.vector(l, j);
      double[] q = basis[l];
      for (int i = 0; i < n; i++) {
        v[i] += s * q[i];
      }
    }
    double norm = Orthonormal.norm(v);
    for (int i = 0; i < n; i++) {
      v[i] /= norm;
    }
    return v;
  }
}
