package org.hesstrucks.model.quadratic;

import java.util.Objects;
import java.util.Random;
import org.hesstrucks.model.Model;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;

/**
 * The convex quadratic f(x) = ½ xᵀAx − bᵀx with A = Q diag(λ) Qᵀ and b = A x*, built from a
 * {@link QuadraticConfig}: λ from the config's {@link Spectrum} (ascending, exactly [1/κ, 1]), Q from its
 * {@link Rotation} and instance seed, x* standard normal from the instance seed. Everything about the instance
 * is known exactly: the minimiser, the optimal value, every eigenpair (λᵢ, Q eᵢ).
 *
 * <p>A function without data: {@link #trainingSize()} is 1 and {@link #objective(Batch)} ignores the batch. It
 * returns the one objective this model holds (its workspace allocated once, here), so asking for an objective
 * every step costs nothing. Not thread-safe: one model per run, used by one thread. Memory: 4n doubles for λ,
 * x*, Qᵀx* and b, 2n of workspace, plus Q (n² for dense, kn for householder, none for the identity).
 */
public final class QuadraticModel implements Model {
  private final QuadraticConfig config;
  private final Rotation rotation;
  private final int n;
  private final double[] eigenvalues;
  private final OrthogonalMatrix q;
  private final double[] minimizer;
  private final double[] minimizerInEigenbasis;
  private final double[] linearTerm;
  private final double minimumValue;
  private final QuadraticObjective objective;
  private final ExactHessian hessian;

  /** Builds the instance {@code config} describes; deterministic: one config, the same bits. */
  public QuadraticModel(QuadraticConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.n = config.dimension();
    this.rotation = config.rotation().resolve(n);
    this.eigenvalues = config.spectrum().eigenvalues(n, config.conditionNumber(), config.lowClusterFraction());
    this.q = OrthogonalMatrix.create(rotation, n, config.reflectors(),
        SeedStreams.random(config.instanceSeed(), SeedStreams.ROTATION));
    this.minimizer = new double[n];
    Random random = SeedStreams.random(config.instanceSeed(), SeedStreams.MINIMIZER);
    for (int i = 0; i < n; i++) {
      minimizer[i] = random.nextGaussian();
    }
    this.minimizerInEigenbasis = new double[n];
    q.multiplyTranspose(minimizer, minimizerInEigenbasis);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += eigenvalues[i] * minimizerInEigenbasis[i] * minimizerInEigenbasis[i];
    }
    this.minimumValue = -0.5 * sum;
    this.hessian = new ExactHessian(q, eigenvalues);
    this.linearTerm = new double[n];
    hessian.apply(minimizer, linearTerm);
    this.objective = new QuadraticObjective(q, eigenvalues, minimizerInEigenbasis, minimumValue);
  }

  /** The config this instance was built from (rotation as written, possibly {@code auto}). */
  public QuadraticConfig config() {
    return config;
  }

  /** The rotation actually built: {@link Rotation#AUTO} resolved by the dimension. */
  public Rotation rotation() {
    return rotation;
  }

  @Override
  public int dimension() {
    return n;
  }

  /** 1: a quadratic has no data. */
  @Override
  public int trainingSize() {
    return 1;
  }

  /**
   * Standard normal entries drawn from {@code seed} (a stream separate from the instance's, so run seed s
   * does not start at the minimiser of instance seed s).
   */
  @Override
  public void initialParameters(long seed, double[] out) {
    if (out.length != n) {
      throw new IllegalArgumentException("parameters have length " + out.length + ", the quadratic has dimension " + n);
    }
    Random random = SeedStreams.random(seed, SeedStreams.INITIAL_PARAMETERS);
    for (int i = 0; i < n; i++) {
      out[i] = random.nextGaussian();
    }
  }

  /** The whole function, whatever the batch (a quadratic has no data; each evaluation counts one sample). */
  @Override
  public Objective objective(Batch batch) {
    return objective;
  }

  /** The eigenvalues λ of A, ascending; λᵢ belongs to the eigenvector {@link #eigenvector Q eᵢ}. A copy. */
  public double[] eigenvalues() {
    return eigenvalues.clone();
  }

  /** The smallest eigenvalue: 1/κ, exactly {@code 1.0 / conditionNumber} (1 when the dimension is 1). */
  public double smallestEigenvalue() {
    return eigenvalues[0];
  }

  /** The largest eigenvalue: exactly 1. */
  public double largestEigenvalue() {
    return eigenvalues[n - 1];
  }

  /**
   * Writes the unit eigenvector Q eᵢ of A, which belongs to {@code eigenvalues()[i]}, into {@code out}.
   *
   * @param out length n; modified
   */
  public void eigenvector(int i, double[] out) {
    if (i < 0 || i >= n) {
      throw new IndexOutOfBoundsException("eigenvector " + i + " of a quadratic of dimension " + n);
    }
    if (out.length != n) {
      throw new IllegalArgumentException("vector has length " + out.length + ", the quadratic has dimension " + n);
    }
    q.column(i, out);
  }

  /** The minimiser x* = A⁻¹b, standard normal entries drawn from the instance seed. A copy. */
  public double[] minimizer() {
    return minimizer.clone();
  }

  /** The linear term b = A x*. A copy. */
  public double[] linearTerm() {
    return linearTerm.clone();
  }

  /**
   * The optimal value f(x*) = −½ bᵀx* = −½ Σ λᵢ (Qᵀx*)ᵢ², computed in the second form, which is also the constant
   * the objective adds, so {@code objective(…).value(minimizer())} equals it exactly.
   */
  public double minimumValue() {
    return minimumValue;
  }

  /**
   * Writes A v into {@code out}, without allocating; {@code out} may be {@code v}. Shares one workspace with
   * nothing else, but is not thread-safe.
   *
   * @param v length n; not modified (unless it is {@code out})
   * @param out length n; modified
   */
  public void applyHessian(double[] v, double[] out) {
    hessian.apply(v, out);
  }

  /** The doubles this model holds in arrays (λ, x*, Qᵀx*, b, Q, workspaces), for memory accounting. */
  long storedDoubles() {
    return eigenvalues.length + minimizer.length + minimizerInEigenbasis.length + linearTerm.length
        + q.storedDoubles() + hessian.storedDoubles() + objective.storedDoubles();
  }
}
