package org.hesstrucks.model.quadratic;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Values, gradients and Hessian products allocate nothing: workspaces are allocated once. */
class AllocationTest {
  private static final int N = 64;
  private static final int CALLS = 20_000;
  /**
   * Slack for whatever the JVM itself charges to the thread while measuring. One allocation per call would be
   * at least 16 bytes × 20 000 calls = 320 kB.
   */
  private static final long SLACK_BYTES = 4096;

  @ParameterizedTest
  @EnumSource(value = Rotation.class, names = {"DENSE", "HOUSEHOLDER", "NONE"})
  @DisplayName("value, valueAndGradient and exact products allocate nothing per call")
  void noAllocation(Rotation rotation) {
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());

    QuadraticModel model = new QuadraticModel(QuadraticConfig.defaults().withDimension(N).withRotation(rotation));
    Objective f = model.trainingObjective();
    CurvatureOperator hessian = f.curvatureAt(new double[N], CurvatureMode.EXACT);
    double[] x = DenseMatrices.gaussian(N, 1);
    double[] g = new double[N];
    double[] hv = new double[N];

    double sink = run(f, hessian, x, g, hv); // warm up: the JIT compiles the loops
    long before = threads.getCurrentThreadAllocatedBytes();
    sink += run(f, hessian, x, g, hv);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(Double.isFinite(sink));
    assertTrue(allocated <= SLACK_BYTES, allocated + " bytes allocated in " + 3 * CALLS + " calls");
  }

  private static double run(Objective f, CurvatureOperator hessian, double[] x, double[] g, double[] hv) {
    double sum = 0;
    for (int i = 0; i < CALLS; i++) {
      sum += f.value(x);
      sum += f.valueAndGradient(x, g);
      hessian.apply(g, hv);
      sum += hv[0];
    }
    return sum;
  }
}
