package org.hesstrucks.analysis;

import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;

/** Wraps an operator and counts its products, so a caller can report (and a test can assert) the cost. */
public final class CountingOperator implements CurvatureOperator {
  private final CurvatureOperator delegate;
  private long products;

  /** @param delegate the operator whose products are counted; not copied */
  public CountingOperator(CurvatureOperator delegate) {
    this.delegate = delegate;
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public CurvatureMode mode() {
    return delegate.mode();
  }

  @Override
  public void apply(double[] v, double[] out) {
    products++;
    delegate.apply(v, out);
  }

  /** The products applied so far. */
  public long products() {
    return products;
  }
}
