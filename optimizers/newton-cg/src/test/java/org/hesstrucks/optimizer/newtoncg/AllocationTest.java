package org.hesstrucks.optimizer.newtoncg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepContext;
import org.hesstrucks.optimizer.StepStatus;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractQuadratic;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AllocationTest {
  private static final int N = 400;
  /**
   * Bytes a step may allocate: the StepReport record (~32 B) and slack for JIT-time noise; any n-vector would
   * be 8·400 = 3200 B.
   */
  private static final long BYTES_PER_STEP = 256;

  @Test
  @DisplayName("a step allocates nothing proportional to n (only its StepReport) when the operator is prebuilt")
  void stepDoesNotAllocate() {
    ContractQuadratic quadratic = new ContractQuadratic(N, 10, 9);
    CurvatureOperator prebuilt = quadratic.curvatureAt(new double[N], CurvatureMode.EXACT);
    Objective objective = new Objective() {
      @Override
      public int dimension() {
        return N;
      }

      @Override
      public double value(double[] x) {
        return quadratic.value(x);
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        return quadratic.valueAndGradient(x, g);
      }

      @Override
      public Set<CurvatureMode> curvatureModes() {
        return quadratic.curvatureModes();
      }

      @Override
      public CurvatureOperator curvatureAt(double[] x, double[] g, CurvatureMode mode) {
        return prebuilt;
      }
    };
    StepContext context = new StepContext() {
      @Override
      public Objective objective() {
        return objective;
      }

      @Override
      public long iteration() {
        return 0;
      }

      @Override
      public void telemetry(String name, double value) {
        // recorded nowhere: the harness's trace is not under test
      }
    };
    // η = 0.9: slow linear convergence, so every measured step does real CG work and no step converges
    Optimizer optimizer = ContractPlugins.optimizer("newton-cg",
        "{\"forcingTolerance\": 0.9, \"damping\": \"levenberg-marquardt\"}", N, 1);
    double[] theta = new double[N];
    for (int k = 0; k < 5; k++) {
      assertEquals(StepStatus.CONTINUE, optimizer.step(context, theta).status());
    }
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    int steps = 10;
    long before = threads.getThreadAllocatedBytes(thread);
    for (int k = 0; k < steps; k++) {
      optimizer.step(context, theta);
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertTrue(allocated <= steps * BYTES_PER_STEP, allocated + " bytes in " + steps + " steps");
  }
}
