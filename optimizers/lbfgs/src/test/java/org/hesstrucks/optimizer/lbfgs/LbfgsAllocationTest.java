package org.hesstrucks.optimizer.lbfgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepContext;
import org.hesstrucks.optimizer.StepStatus;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.problems.TestProblem;
import org.hesstrucks.testkit.problems.TestProblems;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LbfgsAllocationTest {
  /**
   * Slack for the measurement itself (the MXBean call may allocate a little); one step allocating its own
   * n-vector (100 doubles, 816 bytes) in each of 20 steps would exceed it many times over.
   */
  private static final long MEASUREMENT_SLACK_BYTES = 2048;

  /** A context that records nothing, so that boxing in a telemetry map does not count. */
  private static StepContext quiet(Objective objective) {
    return new StepContext() {
      @Override
      public Objective objective() {
        return objective;
      }

      @Override
      public long iteration() {
        return 0;
      }

      @Override
      public void telemetry(String name, double value) {}
    };
  }

  @Test
  @DisplayName("steps allocate nothing: 20 strong-Wolfe steps on extended Rosenbrock (n = 100) allocate < 2 KB")
  void stepsDoNotAllocate() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assertTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    for (int warmUp = 0; warmUp < 3; warmUp++) {
      run(20, threads); // loads and links every class on the path
    }
    long bytes = run(20, threads);
    assertTrue(bytes < MEASUREMENT_SLACK_BYTES, bytes + " bytes allocated in 20 steps");
  }

  private static long run(int steps, com.sun.management.ThreadMXBean threads) {
    TestProblem problem = TestProblems.extendedRosenbrock(100);
    Optimizer optimizer = ContractPlugins.optimizer("lbfgs", "{}", 100, 1);
    double[] x = problem.start();
    StepContext context = quiet(problem.objective());
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int k = 0; k < steps; k++) {
      assertEquals(StepStatus.CONTINUE, optimizer.step(context, x).status());
    }
    return threads.getThreadAllocatedBytes(thread) - before;
  }
}
