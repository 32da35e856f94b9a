package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tiled pure-Java products against a one-element-at-a-time reference in the documented order (start value,
 * then fused multiply-adds over p in increasing order): the same bits, at shapes that cross every tile edge.
 */
class JavaKernelsTest {
  /** m rows; n and k cross the panel sizes with remainders (k also not a multiple of 4). */
  private static final int M = 5;
  private static final int N = JavaKernels.NC + 3;
  private static final int K = JavaKernels.KC + 6;
  /** Leading elements before each operand, so that block offsets are exercised. */
  private static final int OFFSET = 7;

  private enum Op { PLAIN, TRANSPOSE_A, TRANSPOSE_B }

  private static Block random(int length, long seed) {
    Block base = Block.onHeap(OFFSET + length);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < base.length; i++) {
      base.array[i] = random.nextDouble(-1, 1);
    }
    return base.view(OFFSET, length);
  }

  /** op(A)(i, p) for A stored as the operation reads it. */
  private static double a(Op op, Block a, int i, int p) {
    return op == Op.TRANSPOSE_A ? a.get(p * M + i) : a.get(i * K + p);
  }

  private static double b(Op op, Block b, int p, int j) {
    return op == Op.TRANSPOSE_B ? b.get(j * K + p) : b.get(p * N + j);
  }

  private static double[] reference(Op op, Block a, Block b, double beta, Block c) {
    double[] out = new double[M * N];
    for (int i = 0; i < M; i++) {
      for (int j = 0; j < N; j++) {
        double x = beta == 0 ? 0 : c.get(i * N + j);
        for (int p = 0; p < K; p++) {
          x = Math.fma(a(op, a, i, p), b(op, b, p, j), x);
        }
        out[i * N + j] = x;
      }
    }
    return out;
  }

  private static double[] contents(Block block) {
    double[] out = new double[block.length];
    block.copyTo(out, 0);
    return out;
  }

  private static void run(Kernels kernels, Op op, Block a, Block b, double beta, Block c) {
    switch (op) {
      case PLAIN:
        kernels.multiply(M, N, K, a, b, beta, c);
        break;
      case TRANSPOSE_A:
        kernels.multiplyTransposeA(M, N, K, a, b, beta, c);
        break;
      default:
        kernels.multiplyTransposeB(M, N, K, a, b, beta, c);
        break;
    }
  }

  @Test
  @DisplayName("A·B, Aᵀ·B and A·Bᵀ, with β = 0 over garbage and β = 1, equal the reference bit for bit across"
      + " tile edges, twice in a row, and leave the elements around C alone")
  void sameBitsAsReference() {
    Kernels kernels = new JavaKernels("test");
    for (Op op : Op.values()) {
      Block a = random(M * K, 1);
      Block b = random(K * N, 2);
      for (double beta : new double[] {0, 1}) {
        Block c = random(M * N, 3);
        double[] expected = reference(op, a, b, beta, c);
        double before = c.array[OFFSET - 1];
        run(kernels, op, a, b, beta, c);
        assertArrayEquals(expected, contents(c), 0.0, op + " β = " + beta);
        assertEquals(before, c.array[OFFSET - 1], 0.0);
        Block again = random(M * N, 3);
        run(kernels, op, a, b, beta, again);
        assertArrayEquals(expected, contents(again), 0.0, op + " β = " + beta + ", second call");
      }
    }
  }

  @Test
  @DisplayName("k = 0: β = 0 zeroes C, β = 1 leaves it")
  void emptyInnerDimension() {
    Kernels kernels = new JavaKernels("test");
    Block c = random(6, 4);
    double[] old = contents(c);
    kernels.multiply(2, 3, 0, Block.onHeap(0), Block.onHeap(0), 1, c);
    assertArrayEquals(old, contents(c), 0.0);
    kernels.multiplyTransposeB(2, 3, 0, Block.onHeap(0), Block.onHeap(0), 0, c);
    assertArrayEquals(new double[6], contents(c), 0.0);
  }
}
