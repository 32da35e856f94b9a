package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values, gradients and curvature products allocate nothing in steady state: workspaces are allocated once. */
class AllocationTest {
  private static final int CALLS = 1_000;
  /**
   * Slack for whatever the JVM itself charges to the thread while measuring. One allocation per call would be
   * at least 16 bytes × 1 000 calls × 5 = 80 kB.
   */
  private static final long SLACK_BYTES = 4096;

  @ParameterizedTest(name = "{0} kernels, chunks of {1} rows")
  @CsvSource({"AUTO, 1024", "JAVA, 1024", "AUTO, 5"})
  @DisplayName("value, valueAndGradient, exact, Gauss-Newton and forward-difference products allocate nothing per call")
  void noAllocation(KernelChoice kernels, int chunkRows) {
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    MlpModel model = new MlpModel(Nets.config(2, 8, Activation.TANH, Loss.CROSS_ENTROPY).withWeightDecay(0.01)
        .withKernels(kernels), Nets.classification(20, 5, 6, 3, 1), chunkRows);
    long allocated = allocatedInRun(threads, model, Nets.firstRows(16), new long[] {Thread.currentThread().getId()});
    assertTrue(allocated <= SLACK_BYTES, allocated + " bytes allocated in " + 6 * CALLS + " calls");
  }

  /**
   * The bytes the threads {@code ids} allocate over one {@link #run} on the model's objective for {@code batch} and
   * its three operators, after a first run that lets the JIT compile the loops.
   */
  private static long allocatedInRun(com.sun.management.ThreadMXBean threads, MlpModel model, Batch batch,
      long[] ids) {
    Objective f = model.objective(batch);
    double[] x = Nets.point(model, 1, 1);
    CurvatureOperator exact = f.curvatureAt(x, CurvatureMode.EXACT);
    CurvatureOperator gaussNewton = f.curvatureAt(x, CurvatureMode.GAUSS_NEWTON);
    CurvatureOperator forward = f.curvatureAt(x, CurvatureMode.FORWARD_DIFFERENCE);
    double[] g = new double[x.length];
    double[] hv = new double[x.length];
    double sink = run(f, exact, gaussNewton, forward, x, g, hv); // warm up
    long[] before = threads.getThreadAllocatedBytes(ids);
    sink += run(f, exact, gaussNewton, forward, x, g, hv);
    long[] after = threads.getThreadAllocatedBytes(ids);
    assertTrue(Double.isFinite(sink));
    long allocated = 0;
    for (int i = 0; i < ids.length; i++) {
      allocated += after[i] - before[i];
    }
    return allocated;
  }

  /**
   * Interleaves evaluations and products, so the operators also redo their cached pass (the objective overwrote
   * the shared workspace) without allocating.
   */
  private static double run(Objective f, CurvatureOperator exact, CurvatureOperator gaussNewton,
      CurvatureOperator forward, double[] x, double[] g, double[] hv) {
    double sum = 0;
    for (int i = 0; i < CALLS; i++) {
      sum += f.value(x);
      sum += f.valueAndGradient(x, g);
      exact.apply(g, hv);
      exact.apply(hv, g);
      gaussNewton.apply(g, hv);
      forward.apply(hv, g);
      sum += hv[0] + g[0];
    }
    return sum;
  }

  @ParameterizedTest(name = "a team of {0}")
  @CsvSource({"1", "2"})
  @DisplayName("with every product and pass large enough to be split over the team, neither the caller nor a helper allocates per call")
  void noAllocationOnTheTeam(int teamSize) {
    assumeTrue(OpenBlasKernels.loadFailure() == null);
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    MlpModel model = new MlpModel(new MlpConfig(2, java.util.List.of(96), Activation.TANH, Loss.CROSS_ENTROPY, null,
        0.01, teamSize, KernelChoice.OPENBLAS), Nets.classification(128, 8, 40, 5, 21));
    long[] ids = teamThreadIds(teamSize);
    assertTrue(ids.length == teamSize, "the caller and its helpers, found " + ids.length);
    long allocated = allocatedInRun(threads, model, Batch.full(128), ids);
    assertTrue(allocated <= SLACK_BYTES, allocated + " bytes allocated by the team in " + 6 * CALLS + " calls");
  }

  /** This thread and the helpers of the JVM's team of {@code size}. */
  private static long[] teamThreadIds(int size) {
    return java.util.stream.LongStream.concat(java.util.stream.LongStream.of(Thread.currentThread().getId()),
        Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("hesstrucks-mlp-team" + size
            + "-")).mapToLong(Thread::getId)).toArray();
  }
}
