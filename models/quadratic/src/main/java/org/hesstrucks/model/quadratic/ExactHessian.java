package org.hesstrucks.model.quadratic;

import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;

/**
 * v ↦ A v = Q (λ ∘ (Qᵀ v)): the quadratic's Hessian, the same at every point. Holds one workspace of n doubles,
 * allocated here, so a product allocates nothing; not thread-safe.
 */
final class ExactHessian implements CurvatureOperator {
  private final OrthogonalMatrix q;
  private final double[] eigenvalues;
  private final double[] work;

  ExactHessian(OrthogonalMatrix q, double[] eigenvalues) {
    this.q = q;
    this.eigenvalues = eigenvalues;
    this.work = new double[eigenvalues.length];
  }

  @Override
  public int dimension() {
    return eigenvalues.length;
  }

  @Override
  public CurvatureMode mode() {
    return CurvatureMode.EXACT;
  }

  /** Writes A v into {@code out}; {@code out} may even be {@code v}, which is read in full first. */
  @Override
  public void apply(double[] v, double[] out) {
    int n = eigenvalues.length;
    if (v.length != n || out.length != n) {
      throw new IllegalArgumentException("vectors of length " + v.length + " and " + out.length
          + " for a Hessian of dimension " + n);
    }
    q.multiplyTranspose(v, work);
    for (int i = 0; i < n; i++) {
      work[i] *= eigenvalues[i];
    }
    q.multiply(work, out);
  }

  long storedDoubles() {
    return work.length;
  }
}
