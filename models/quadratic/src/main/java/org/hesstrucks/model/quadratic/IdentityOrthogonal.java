package org.hesstrucks.model.quadratic;

import java.util.Arrays;

/** Q = I: the quadratic's Hessian is diagonal. */
final class IdentityOrthogonal implements OrthogonalMatrix {
  private final int n;

  IdentityOrthogonal(int n) {
    this.n = n;
  }

  @Override
  public int dimension() {
    return n;
  }

  @Override
  public void multiply(double[] w, double[] out) {
    System.arraycopy(w, 0, out, 0, n);
  }

  @Override
  public void multiplyTranspose(double[] v, double[] out) {
    System.arraycopy(v, 0, out, 0, n);
  }

  @Override
  public void column(int i, double[] out) {
    Arrays.fill(out, 0, n, 0);
    out[i] = 1;
  }

  @Override
  public long storedDoubles() {
    return 0;
  }
}
