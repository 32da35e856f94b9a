package org.hesstrucks.optimizer.adam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.hesstrucks.testkit.DiagonalQuadratic;
import org.hesstrucks.testkit.FixedStepContext;
import java.lang.management.ManagementFactory;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepReport;
import org.hesstrucks.optimizer.StepStatus;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractStepContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdamStepTest {
  /** Slack for what the JVM charges to the thread while measuring. */
  private static final long SLACK_BYTES = 4096;
  private static final int STEPS = 20_000;
  /**
   * The one object a step may create: the {@link StepReport} the SPI returns (40 bytes with compressed
   * references, 48 without), unless the JIT removes it. One more boxed double pushes a step over 48 bytes.
   */
  private static final long REPORT_BYTES = 48;

  /** f = ½(x₁² + 4x₂²), or NaN with an infinite gradient entry while {@code nan} is set. */
  private static final class Switchable implements Objective {
    private final DiagonalQuadratic f = new DiagonalQuadratic(1, 4);
    private boolean nan;

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public double value(double[] x) {
      return nan ? Double.NaN : f.value(x);
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
      double value = f.valueAndGradient(x, g);
      if (nan) {
        g[0] = Double.NaN;
        return Double.NaN;
      }
      return value;
    }
  }

  @Test
  @DisplayName("a NaN step fails and leaves θ, the moments and the bias-correction count as they were")
  void failedStepKeepsState() {
    Switchable objective = new Switchable();
    ContractStepContext context = new ContractStepContext(objective);
    String config = "{\"learningRate\": 0.1, \"weightDecay\": 0.01}";
    Optimizer interrupted = ContractPlugins.optimizer("adam", config, 2, 1);
    Optimizer reference = ContractPlugins.optimizer("adam", config, 2, 1);
    ContractStepContext referenceContext = new ContractStepContext(new DiagonalQuadratic(1, 4));
    double[] theta = {1, 1};
    double[] referenceTheta = {1, 1};
    for (int k = 0; k < 6; k++) {
      if (k == 3) {
        objective.nan = true;
        double[] before = theta.clone();
        StepReport report = interrupted.step(context, theta);
        assertEquals(StepStatus.FAILED, report.status());
        assertEquals("objective is not finite at the current point (f = NaN, gradient has non-finite entries)",
            report.message());
        assertArrayEquals(before, theta, 0.0);
        objective.nan = false;
      }
      interrupted.step(context, theta);
      reference.step(referenceContext, referenceTheta);
      // Same iterates bit for bit means m, v and t were untouched (t enters through the bias correction).
      assertArrayEquals(referenceTheta, theta, 0.0, "after step " + k + " the failed step left a trace");
    }
  }

  @Test
  @DisplayName("each step evaluates exactly one gradient and no extra function value")
  void oneGradientPerStep() {
    ContractStepContext context = new ContractStepContext(new DiagonalQuadratic(1, 4));
    Optimizer adam = ContractPlugins.optimizer("adam", "{}", 2, 1);
    double[] theta = {1, 1};
    for (int k = 0; k < 5; k++) {
      adam.step(context, theta);
      context.advance();
    }
    assertEquals(5, context.counter().gradientCalls());
    assertEquals(0, context.counter().valueCalls());
  }

  @Test
  @DisplayName("a step allocates nothing but its StepReport (moments are allocated when the optimizer is created)")
  void noAllocation() {
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    Optimizer adam = ContractPlugins.optimizer("adam", "{\"weightDecay\": 0.01, "
        + "\"schedule\": {\"type\": \"step\", \"every\": 1000, \"factor\": 0.9}}", 64, 1);
    FixedStepContext context = new FixedStepContext(DiagonalQuadratic.logSpaced(64, 10));
    double[] theta = new double[64];
    java.util.Arrays.fill(theta, 1.0);
    double sink = run(adam, context, theta); // warm up: the JIT compiles the loops
    long before = threads.getCurrentThreadAllocatedBytes();
    sink += run(adam, context, theta);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(Double.isFinite(sink));
    assertTrue(allocated <= STEPS * REPORT_BYTES + SLACK_BYTES, allocated + " bytes allocated in " + STEPS + " steps");
  }

  private static double run(Optimizer optimizer, FixedStepContext context, double[] theta) {
    double sum = 0;
    for (int k = 0; k < STEPS; k++) {
      sum += optimizer.step(context, theta).stepLength();
      context.advance();
    }
    return sum;
  }
}
