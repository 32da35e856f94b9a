package org.hesstrucks.model.mlp;

/**
 * Plain Java loops on heap arrays, for machines where OpenBLAS does not load: a cache-tiled kernel that C2
 * auto-vectorises (about 18–21 GFLOP per CPU second at 512³ and 2048³ on the development machine, against
 * OpenBLAS's 45–49 and the previous i-p-j loops' 4–6; docs/performance.md).
 *
 * <p>All three products run through one kernel on C[m×n] += op(A)[m×k] · op(B)[k×n]. B is packed, {@value #KC}
 * rows of k by {@value #NC} columns of n at a time (512 KB, half of a 1 MiB L2; 128 rows beat 64 and 256 there),
 * into separate row arrays (for Bᵀ the packing is the transpose); every row of C is then copied into a row
 * buffer, updated by four rows of the packed panel per sweep with a chain of four {@link Math#fma} per element,
 * and copied back. The inner loop reads and writes only whole arrays at the loop index ({@code row[j]},
 * {@code b0[j]}, …): C2's superword pass in Java 17 vectorises such a loop, not one whose array accesses carry
 * different loop-invariant offsets, which is why the panel and the row live in arrays of their own. (Variants
 * measured and dropped: two or four rows of C per sweep, 2–13 GFLOP per CPU second, because C2 vectorised them
 * poorly or not at all; a chain of eight, no faster than four; the i-p-j loops, 4–6.)
 *
 * <p>Deterministic, independent of the JIT tier and of the tiling: every element of C is its starting value (0
 * for β = 0, else its old content) followed by fused multiply-adds over p = 0, 1, …, k − 1 in increasing order,
 * each rounded once; vector lanes hold different elements of C, so no sum is ever split or reordered. Math.fma
 * is exact by specification in the interpreter too; on a CPU without FMA instructions (x86 before 2013) it is
 * emulated in software and these kernels become very slow.
 *
 * <p>The panel buffers (one set per thread, shared by all instances, allocated on a thread's first product) make a
 * product allocation-free.
 */
final class JavaKernels implements Kernels {
  /** Rows of op(B) (columns of op(A)) per packed panel; a multiple of 4. */
  static final int KC = 128;
  /** Columns of op(B) and C per packed panel and row buffer. */
  static final int NC = 512;

  private final String reason;
  /** One panel per thread, shared by all instances: about 1 MB per thread that runs a product. */
  private static final ThreadLocal<Panel> PANELS = ThreadLocal.withInitial(Panel::new);

  /** @param reason why these kernels are used (for provenance) */
  JavaKernels(String reason) {
    this.reason = reason;
  }

  /** One thread's packed panel of op(B) and its row buffer of C. */
  private static final class Panel {
    final double[][] b = new double[KC][NC];
    final double[] row = new double[NC];
  }

  @Override
  public Block allocate(int length) {
    return Block.onHeap(length);
  }

  @Override
  public void multiplyTransposeB(int m, int n, int k, Block a, Block b, double beta, Block c) {
    product(m, n, k, a.array, a.offset, k, 1, b.array, b.offset, true, beta, c.array, c.offset);
  }

  @Override
  public void multiplyTransposeA(int m, int n, int k, Block a, Block b, double beta, Block c) {
    product(m, n, k, a.array, a.offset, 1, m, b.array, b.offset, false, beta, c.array, c.offset);
  }

  @Override
  public void multiply(int m, int n, int k, Block a, Block b, double beta, Block c) {
    product(m, n, k, a.array, a.offset, k, 1, b.array, b.offset, false, beta, c.array, c.offset);
  }

  /**
   * C[m×n] ← β C + op(A) op(B), row-major C at {@code co}; op(A)(i, p) = a[ao + i·aRow + p·aCol]; op(B)(p, j) =
   * b[bo + p·n + j], or b[bo + j·k + p] when {@code transposeB}.
   */
  private void product(int m, int n, int k, double[] a, int ao, int aRow, int aCol, double[] b, int bo,
      boolean transposeB, double beta, double[] c, int co) {
    if (k == 0) {
      if (beta == 0) {
        for (int i = 0; i < m * n; i++) {
          c[co + i] = 0;
        }
      }
      return;
    }
    Panel panel = PANELS.get();
    double[][] packed = panel.b;
    double[] row = panel.row;
    for (int jc = 0; jc < n; jc += NC) {
      int w = Math.min(NC, n - jc);
      for (int pc = 0; pc < k; pc += KC) {
        int kc = Math.min(KC, k - pc);
        if (transposeB) {
          for (int j = 0; j < w; j++) {
            int from = bo + (jc + j) * k + pc;
            for (int p = 0; p < kc; p++) {
              packed[p][j] = b[from + p];
            }
          }
        } else {
          for (int p = 0; p < kc; p++) {
            System.arraycopy(b, bo + (pc + p) * n + jc, packed[p], 0, w);
          }
        }
        boolean fresh = pc == 0 && beta == 0;
        for (int i = 0; i < m; i++) {
          int crow = co + i * n + jc;
          if (fresh) {
            for (int j = 0; j < w; j++) {
              row[j] = 0;
            }
          } else {
            System.arraycopy(c, crow, row, 0, w);
          }
          int arow = ao + i * aRow + pc * aCol;
          int p = 0;
          for (; p + 3 < kc; p += 4) {
            int at = arow + p * aCol;
            fma4(w, row, a[at], packed[p], a[at + aCol], packed[p + 1], a[at + 2 * aCol], packed[p + 2],
                a[at + 3 * aCol], packed[p + 3]);
          }
          for (; p < kc; p++) {
            fma1(w, row, a[arow + p * aCol], packed[p]);
          }
          System.arraycopy(row, 0, c, crow, w);
        }
      }
    }
  }

  /** row[j] ← fma(a3, b3[j], fma(a2, b2[j], fma(a1, b1[j], fma(a0, b0[j], row[j])))) for j &lt; w. */
  private static void fma4(int w, double[] row, double a0, double[] b0, double a1, double[] b1, double a2,
      double[] b2, double a3, double[] b3) {
    for (int j = 0; j < w; j++) {
      row[j] = Math.fma(a3, b3[j], Math.fma(a2, b2[j], Math.fma(a1, b1[j], Math.fma(a0, b0[j], row[j]))));
    }
  }

  /** row[j] ← fma(a0, b0[j], row[j]) for j &lt; w. */
  private static void fma1(int w, double[] row, double a0, double[] b0) {
    for (int j = 0; j < w; j++) {
      row[j] = Math.fma(a0, b0[j], row[j]);
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
