package org.hesstrucks.optimizer.sgd;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SgdStepTest {
  private static final String[] VARIANTS = {
      "{\"learningRate\": 0.1}",
      "{\"learningRate\": 0.1, \"momentum\": 0.5}",
      "{\"learningRate\": 0.1, \"momentum\": 0.5, \"nesterov\": true, \"weightDecay\": 0.01}"};

  /** f = ½(x₁² + 4x₂²) except at the iterations listed, where it is NaN. */
  private static final class NanAt implements Objective {
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
        g[1] = Double.POSITIVE_INFINITY;
      }
      return value;
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {0, 1, 2})
  @DisplayName("a non-finite gradient fails the step and leaves θ and the velocity as they were")
  void failedStepKeepsState(int variant) {
    NanAt objective = new NanAt();
    ContractStepContext context = new ContractStepContext(objective);
    Optimizer interrupted = ContractPlugins.optimizer("sgd", VARIANTS[variant], 2, 1);
    Optimizer reference = ContractPlugins.optimizer("sgd", VARIANTS[variant], 2, 1);
    ContractStepContext referenceContext = new ContractStepContext(new DiagonalQuadratic(1, 4));
    double[] theta = {1, 1};
    double[] referenceTheta = {1, 1};
    for (int k = 0; k < 6; k++) {
      if (k == 3) {
        objective.nan = true;
        double[] before = theta.clone();
        StepReport report = interrupted.step(context, theta);
        assertEquals(StepStatus.FAILED, report.status());
        assertEquals("objective is not finite at the current point (f = " + report.value()
            + ", gradient has non-finite entries)", report.message());
        assertArrayEquals(before, theta, 0.0);
        objective.nan = false;
      }
      interrupted.step(context, theta);
      reference.step(referenceContext, referenceTheta);
      assertArrayEquals(referenceTheta, theta, 0.0, "after step " + k + " the failed step left a trace");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {0, 1, 2})
  @DisplayName("each step evaluates exactly one gradient and no extra function value")
  void oneGradientPerStep(int variant) {
    ContractStepContext context = new ContractStepContext(new DiagonalQuadratic(1, 4));
    Optimizer optimizer = ContractPlugins.optimizer("sgd", VARIANTS[variant], 2, 1);
    double[] theta = {1, 1};
    for (int k = 0; k < 5; k++) {
      optimizer.step(context, theta);
      context.advance();
    }
    assertEquals(5, context.counter().gradientCalls());
    assertEquals(0, context.counter().valueCalls());
  }

  @org.junit.jupiter.api.Test
  @DisplayName("each step uses this step's batch: ½x² then 2x² from θ = 1 with α = 0.1 gives 0.9, then 0.9·0.6")
  void usesEachStepsObjective() {
    Optimizer optimizer = ContractPlugins.optimizer("sgd", "{\"learningRate\": 0.1}", 1, 1);
    double[] theta = {1};
    optimizer.step(new ContractStepContext(new DiagonalQuadratic(1)), theta);
    assertEquals(0.9, theta[0], 1e-16);
    optimizer.step(new ContractStepContext(new DiagonalQuadratic(4)), theta);
    assertEquals(0.9 * 0.6, theta[0], 1e-16);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {1, 2})
  @DisplayName("with momentum the telemetry carries ‖v‖: ‖g₀‖ = ‖(1, 4)‖ after the first heavy-ball step")
  void velocityTelemetry(int variant) {
    ContractStepContext context = new ContractStepContext(new DiagonalQuadratic(1, 4));
    Optimizer optimizer = ContractPlugins.optimizer("sgd", VARIANTS[variant], 2, 1);
    optimizer.step(context, new double[] {1, 1});
    double decay = variant == 2 ? 0.01 : 0; // v₁ = g₀ + λθ₀
    assertEquals(Math.hypot(1 + decay, 4 + decay), context.telemetry().get(StochasticGradientDescent.VELOCITY_NORM),
        1e-15);
  }

  /** Slack for what the JVM charges to the thread while measuring. */
  private static final long SLACK_BYTES = 4096;
  private static final int STEPS = 20_000;
  /**
   * The one object a step may create: the {@link StepReport} the SPI returns (a header and four fields: 40 bytes
   * with compressed references, 48 without), unless the JIT removes it. Any further allocation, even one boxed
   * double (16 bytes), pushes a step over 48 bytes.
   */
  private static final long REPORT_BYTES = 48;

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {0, 1, 2})
  @DisplayName("a step allocates nothing but its StepReport (buffers are allocated when the optimizer is created)")
  void noAllocation(int variant) {
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    // A step schedule exercises the schedule's arithmetic as well; every 1000 steps keeps the rate away from 0.
    String config = VARIANTS[variant].replace("}", ", \"schedule\": {\"type\": \"step\", \"every\": 1000, \"factor\": 0.9}}");
    Optimizer optimizer = ContractPlugins.optimizer("sgd", config, 64, 1);
    FixedStepContext context = new FixedStepContext(DiagonalQuadratic.logSpaced(64, 10));
    double[] theta = new double[64];
    java.util.Arrays.fill(theta, 1.0);
    double sink = run(optimizer, context, theta); // warm up: the JIT compiles the loops
    java.util.Arrays.fill(theta, 1.0);
    long before = threads.getCurrentThreadAllocatedBytes();
    sink += run(optimizer, context, theta);
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
