package org.hesstrucks.analysis.swag;

/**
 * Collects SWAG's statistics from parameter snapshots θ₁, θ₂, …: Welford's running mean θ̄ₜ and sum of
 * squared deviations Mₜ (so the diagonal variance is Mₜ / t, the population variance SWAG's Σ_diag =
 * mean(θ²) − θ̄² is), and the last K deviations θₜ − θ̄ₜ from the running mean (Maddox et al. 2019,
 * Algorithm 1) in a ring buffer of K × n doubles allocated here.
 *
 * <p>The first deviation is zero (θ₁ = θ̄₁), so after t snapshots the deviation matrix D holds the last
 * {@link #rank()} = min(K, t − 1) deviations. {@link #collect} allocates nothing. Not thread-safe.
 */
public final class SwagCollector {
  private final int dimension;
  private final int capacity;
  private final double[] mean;
  private final double[] squares;
  private final double[][] ring;
  private long snapshots;
  /** Where the next deviation goes. */
  private int next;

  /**
   * @param dimension n ≥ 1
   * @param rank K ≥ 1, the deviations kept
   * @throws IllegalArgumentException otherwise
   */
  public SwagCollector(int dimension, int rank) {
    if (dimension < 1 || rank < 1) {
      throw new IllegalArgumentException("SWAG needs n ≥ 1 and K ≥ 1, got n = " + dimension + ", K = " + rank);
    }
    this.dimension = dimension;
    this.capacity = rank;
    this.mean = new double[dimension];
    this.squares = new double[dimension];
    this.ring = new double[rank][dimension];
  }

  /**
   * Adds a snapshot: θ̄ₜ = θ̄ₜ₋₁ + (θₜ − θ̄ₜ₋₁)/t, Mₜ = Mₜ₋₁ + (θₜ − θ̄ₜ₋₁)(θₜ − θ̄ₜ), and the deviation θₜ − θ̄ₜ.
   *
   * @param theta length n; not modified
   */
  public void collect(double[] theta) {
    snapshots++;
    double inverse = 1.0 / snapshots;
    double[] deviation = ring[next];
    for (int i = 0; i < dimension; i++) {
      double before = theta[i] - mean[i];
      double updated = mean[i] + before * inverse;
      mean[i] = updated;
      double after = theta[i] - updated;
      squares[i] += before * after;
      deviation[i] = after;
    }
    next = next + 1 == capacity ? 0 : next + 1;
  }

  /** The parameter count n. */
  public int dimension() {
    return dimension;
  }

  /** K, the deviations the buffer holds at most. */
  public int capacity() {
    return capacity;
  }

  /** The snapshots collected. */
  public long snapshots() {
    return snapshots;
  }

  /** The columns of the deviation matrix: min(K, snapshots − 1), 0 before the second snapshot. */
  public int rank() {
    return (int) Math.min(capacity, Math.max(0, snapshots - 1));
  }

  /**
   * Writes the running mean θ̄ (the SWA solution).
   *
   * @param out length n; modified
   */
  public void mean(double[] out) {
    System.arraycopy(mean, 0, out, 0, dimension);
  }

  /**
   * Writes the diagonal variance Mₜ / t (0 before any snapshot; clamped at 0 against rounding).
   *
   * @param out length n; modified
   */
  public void variance(double[] out) {
    double inverse = snapshots == 0 ? 0 : 1.0 / snapshots;
    for (int i = 0; i < dimension; i++) {
      out[i] = Math.max(0, squares[i] * inverse);
    }
  }

  /**
   * Copies the {@link #rank()} most recent deviations, oldest first.
   *
   * @return new rows of length n
   */
  public double[][] deviations() {
    int rank = rank();
    double[][] rows = new double[rank][];
    for (int j = 0; j < rank; j++) {
      int slot = Math.floorMod(next - rank + j, capacity);
      rows[j] = ring[slot].clone();
    }
    return rows;
  }

  /** A frozen copy of the statistics, to sample from and measure while collection goes on. */
  public SwagPosterior posterior() {
    double[] m = new double[dimension];
    double[] v = new double[dimension];
    mean(m);
    variance(v);
    return new SwagPosterior(m, v, deviations(), snapshots);
  }
}
