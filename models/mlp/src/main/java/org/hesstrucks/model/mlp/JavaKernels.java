package org.hesstrucks.model.mlp;

/**
 * Plain Java loops on heap arrays, for machines where OpenBLAS does not load: loop orders that stream rows
 * (i-p-j for A·B and Aᵀ·B, dot products of rows for A·Bᵀ, four at a time), about 4–6 GFLOP/s against OpenBLAS's
 * 40–50. Deterministic: one fixed summation order.
 */
final class JavaKernels implements Kernels {
  private final String reason;

  /** @param reason why these kernels are used (for provenance) */
  JavaKernels(String reason) {
    this.reason = reason;
  }

  @Override
  public Block allocate(int length) {
    return Block.onHeap(length);
  }

  @Override
  public void multiplyTransposeB(int m, int n, int k, Block a, Block b, double beta, Block c) {
    double[] aa = a.array;
    double[] ba = b.array;
    double[] ca = c.array;
    int ao = a.offset;
    int bo = b.offset;
    int co = c.offset;
    for (int i = 0; i < m; i++) {
      int arow = ao + i * k;
      int crow = co + i * n;
      int j = 0;
      for (; j + 3 < n; j += 4) {
        int b0 = bo + j * k;
        int b1 = b0 + k;
        int b2 = b1 + k;
        int b3 = b2 + k;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int p = 0; p < k; p++) {
          double av = aa[arow + p];
          s0 += av * ba[b0 + p];
          s1 += av * ba[b1 + p];
          s2 += av * ba[b2 + p];
          s3 += av * ba[b3 + p];
        }
        ca[crow + j] = beta == 0 ? s0 : ca[crow + j] + s0;
        ca[crow + j + 1] = beta == 0 ? s1 : ca[crow + j + 1] + s1;
        ca[crow + j + 2] = beta == 0 ? s2 : ca[crow + j + 2] + s2;
        ca[crow + j + 3] = beta == 0 ? s3 : ca[crow + j + 3] + s3;
      }
      for (; j < n; j++) {
        int brow = bo + j * k;
        double s = 0;
        for (int p = 0; p < k; p++) {
          s += aa[arow + p] * ba[brow + p];
        }
        ca[crow + j] = beta == 0 ? s : ca[crow + j] + s;
      }
    }
  }

  @Override
  public void multiplyTransposeA(int m, int n, int k, Block a, Block b, double beta, Block c) {
    double[] aa = a.array;
    double[] ba = b.array;
    double[] ca = c.array;
    int co = c.offset;
    if (beta == 0) {
      for (int i = 0; i < m * n; i++) {
        ca[co + i] = 0;
      }
    }
    for (int p = 0; p < k; p++) {
      int arow = a.offset + p * m;
      int brow = b.offset + p * n;
      for (int i = 0; i < m; i++) {
        double av = aa[arow + i];
        int crow = co + i * n;
        for (int j = 0; j < n; j++) {
          ca[crow + j] += av * ba[brow + j];
        }
      }
    }
  }

  @Override
  public void multiply(int m, int n, int k, Block a, Block b, double beta, Block c) {
    double[] aa = a.array;
    double[] ba = b.array;
    double[] ca = c.array;
    for (int i = 0; i < m; i++) {
      int crow = c.offset + i * n;
      if (beta == 0) {
        for (int j = 0; j < n; j++) {
          ca[crow + j] = 0;
        }
      }
      int arow = a.offset + i * k;
      for (int p = 0; p < k; p++) {
        double av = aa[arow + p];
        int brow = b.offset + p * n;
        for (int j = 0; j < n; j++) {
          ca[crow + j] += av * ba[brow + j];
        }
      }
    }
  }

  @Override
  public String describe() {
    return "pure Java loops (" + reason + ")";
  }

  @Override
  public boolean isNative() {
    return false;
  }
}
