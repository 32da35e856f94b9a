package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Random;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Products split over the team ({@link OpenBlasKernels} with threads &gt; 1) against the unsplit product, and whole
 * models on 2 and 3 threads against 1: the same numbers up to the last bits, and the same bits run after run.
 */
class ThreadedKernelsTest {
  @BeforeAll
  static void openBlasLoads() {
    assumeTrue(OpenBlasKernels.loadFailure() == null, "OpenBLAS does not load here: " + OpenBlasKernels.loadFailure());
  }

  @ParameterizedTest(name = "{0} × {1} × {2}")
  @CsvSource({
    "128, 96, 40", // rows of C split (m ≥ n)
    "32, 256, 100", // columns of C split (m < n)
    "37, 129, 61", // odd sizes: uneven, aligned runs
    "300, 17, 50", // a run much longer than the other
    "9, 1000, 20", // m below two tiles: the column split
  })
  @DisplayName("A·Bᵀ, Aᵀ·B and A·B (β = 0 and 1) split over 2 and 3 threads agree with one call to 1e-14")
  void splitProductsAgree(int m, int n, int k) {
    assertTrue((long) m * n * k >= OpenBlasKernels.SPLIT_FLOPS, "the shape must be split");
    Kernels one = OpenBlasKernels.create(1);
    Random random = new Random(m * 31L + n * 7L + k);
    Block a = filled(m * k, random);
    Block b = filled(n * k, random);
    Block bk = filled(k * n, random);
    Block at = filled(k * m, random);
    Block start = filled(m * n, random);
    for (int threads : new int[] {2, 3}) {
      Kernels split = OpenBlasKernels.create(threads);
      for (double beta : new double[] {0, 1}) {
        check("A·Bᵀ", m, n, beta, start, (kernels, c) -> kernels.multiplyTransposeB(m, n, k, a, b, beta, c), one,
            split, k);
        check("Aᵀ·B", m, n, beta, start, (kernels, c) -> kernels.multiplyTransposeA(m, n, k, at, bk, beta, c), one,
            split, k);
        check("A·B", m, n, beta, start, (kernels, c) -> kernels.multiply(m, n, k, a, bk, beta, c), one, split, k);
      }
    }
  }

  private interface Call {
    void into(Kernels kernels, Block c);
  }

  private static void check(String what, int m, int n, double beta, Block start, Call call, Kernels one,
      Kernels split, int k) {
    Block expected = copy(start, m * n);
    Block actual = copy(start, m * n);
    call.into(one, expected);
    call.into(split, actual);
    double worst = 0;
    for (int i = 0; i < m * n; i++) {
      // Each element is a sum of k products of N(0, 1) numbers (plus C for β = 1): scale √k + 1.
      worst = Math.max(worst, Math.abs(actual.get(i) - expected.get(i)) / (Math.sqrt(k) + 1));
    }
    assertTrue(worst < 1e-14, what + " β = " + beta + ": worst scaled difference " + worst);
    Block again = copy(start, m * n);
    call.into(split, again);
    for (int i = 0; i < m * n; i++) {
      assertEquals(Double.doubleToRawLongBits(actual.get(i)), Double.doubleToRawLongBits(again.get(i)),
          what + ": the split product is the same bits every time, element " + i);
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  @DisplayName("a model on 2 and 3 threads: value, gradient, exact, Gauss-Newton and forward-difference products as on 1")
  void modelsAgreeAcrossThreadCounts(Activation activation) {
    // Big enough that every pass is split: 128 × 96 activations, 13,733 parameters, products ≥ 2¹⁷ multiply-adds.
    double[][] reference = evaluate(1, activation);
    for (int threads : new int[] {2, 3}) {
      double[][] result = evaluate(threads, activation);
      assertEquals(reference[0][0], result[0][0], 1e-13 * Math.abs(reference[0][0]), "loss");
      for (int i = 1; i < reference.length; i++) {
        double error = Nets.relativeError(result[i], reference[i]);
        assertTrue(error < 1e-12, threads + " threads, output " + i + ": relative error " + error);
      }
      assertArrayEqualsBits(result, evaluate(threads, activation));
    }
  }

  @Test
  @DisplayName("the forward difference's ‖v‖² on 2 and 3 threads is the serial sum's bits (chunks summed in order)")
  void sumOfSquaresIndependentOfThreads() {
    for (int threads : new int[] {1, 2, 3}) {
      MlpModel model = new MlpModel(new MlpConfig(2, List.of(96), Activation.TANH, Loss.CROSS_ENTROPY, null, 0.0,
          threads, KernelChoice.OPENBLAS), Nets.classification(128, 8, 40, 5, 21));
      MlpObjective f = (MlpObjective) model.objective(Batch.full(128));
      double[] v = Nets.gaussian(model.dimension(), 8);
      double serial = Workspace.sumOfSquaresSerial(v);
      assertEquals(Double.doubleToRawLongBits(serial), Double.doubleToRawLongBits(f.sumOfSquares(v)), threads + "");
      double plain = 0;
      for (double e : v) {
        plain += e * e;
      }
      assertEquals(plain, serial, 1e-13 * plain);
    }
  }

  private static void assertArrayEqualsBits(double[][] a, double[][] b) {
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], "output " + i + " is the same bits on a second model");
    }
  }

  /** {loss}, gradient, H v, G v, forward-difference product, on a fresh model with {@code threads} threads. */
  private static double[][] evaluate(int threads, Activation activation) {
    MlpModel model = new MlpModel(new MlpConfig(2, List.of(96), activation, Loss.CROSS_ENTROPY, null, 0.01,
        threads, KernelChoice.OPENBLAS), Nets.classification(128, 8, 40, 5, 21));
    Objective f = model.objective(Batch.full(128));
    double[] x = Nets.point(model, 5, 1);
    double[] v = Nets.gaussian(x.length, 6);
    double[] g = new double[x.length];
    double loss = f.valueAndGradient(x, g);
    double[] hv = new double[x.length];
    double[] gv = new double[x.length];
    double[] fd = new double[x.length];
    f.curvatureAt(x, g, CurvatureMode.EXACT).apply(v, hv);
    f.curvatureAt(x, g, CurvatureMode.GAUSS_NEWTON).apply(v, gv);
    f.curvatureAt(x, g, CurvatureMode.FORWARD_DIFFERENCE).apply(v, fd);
    assertTrue(model.provenance().get("blas").contains(threads == 1 ? "1 thread" : threads + " threads"));
    return new double[][] {{loss}, g, hv, gv, fd};
  }

  private static Block filled(int length, Random random) {
    Block block = Block.offHeap(length);
    for (int i = 0; i < length; i++) {
      block.set(i, random.nextGaussian());
    }
    return block;
  }

  private static Block copy(Block source, int length) {
    Block block = Block.offHeap(length);
    for (int i = 0; i < length; i++) {
      block.set(i, source.get(i));
    }
    return block;
  }
}
