package org.hesstrucks.optimizer.lbfgs;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.hesstrucks.linesearch.DiagonalQuadratic;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractStepContext;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@value #STEPS} steps of the {@code lbfgs} plugin (m = 10, strong Wolfe: its defaults) from x = (1, …, 1) on a
 * {@link DiagonalQuadratic} with κ = 10⁴ (so the run is far from converged after {@value #STEPS} steps), as the
 * harness drives it: one {@link Optimizer#step} per iteration on a counting objective. A fresh optimizer per
 * invocation (created outside the measured time). Score: time per {@value #STEPS} steps; the secondary metrics
 * count steps and gradient evaluations, for the comparison with SciPy's L-BFGS-B per iteration
 * ({@code microbench/scripts/compare-scipy}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class LbfgsStepBenchmark {
  /** Steps per invocation. */
  static final int STEPS = 20;
  /** κ of the quadratic. */
  static final double CONDITION = 1e4;

  /** n (not called {@code n}, so that the full mode's {@code -p n=…} for the two-loop recursion leaves it alone). */
  @Param({"1000000"})
  public int dimension;

  private DiagonalQuadratic quadratic;
  private Optimizer optimizer;
  private ContractStepContext context;
  private double[] x;

  /** Steps and gradient evaluations of the invocations of one iteration (sums). */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Counts {
    /** Optimizer steps taken. */
    public long steps;
    /** Gradient evaluations (each with its value) the steps made. */
    public long gradients;

    /** Restarts the counts every iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      steps = 0;
      gradients = 0;
    }
  }

  /** The objective, once. */
  @Setup(Level.Trial)
  public void setUp() {
    quadratic = new DiagonalQuadratic(dimension, CONDITION);
    x = new double[dimension];
  }

  /** A fresh optimizer and counting context at the start point. */
  @Setup(Level.Invocation)
  public void restart() {
    optimizer = ContractPlugins.optimizer("lbfgs", "{}", dimension, 1);
    context = new ContractStepContext(quadratic);
    Arrays.fill(x, 1);
  }

  /** {@value #STEPS} steps. */
  @Benchmark
  public double steps(Counts counts) {
    for (int k = 0; k < STEPS; k++) {
      optimizer.step(context, x);
      context.advance();
    }
    counts.steps += STEPS;
    counts.gradients += context.counter().gradientCalls();
    return x[0];
  }
}
