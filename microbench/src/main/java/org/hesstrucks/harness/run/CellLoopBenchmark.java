package org.hesstrucks.harness.run;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.SweepCompiler;
import org.hesstrucks.harness.sweep.SweepFile;
import org.hesstrucks.plugin.PluginCatalog;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The harness's own cost per iteration: a whole cell run through {@link CellRunner#run} with the
 * {@code bench-noop} optimizer (a step that does nothing) on the {@code bench-free} model (a free objective),
 * so everything measured is the loop's bookkeeping: budget and stopping checks, the step's timing, the
 * per-iteration telemetry written to the trace, and (with {@code evaluateEvery = 1}) a checkpoint per
 * iteration. Scores are per iteration ({@link OperationsPerInvocation} = {@link #ITERATIONS}); the cell's
 * setup and result (provenance, trace freeze) are amortised over those iterations.
 *
 * <p>The target (issue 5): at most 1 µs per iteration plus the trace write.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CellLoopBenchmark {
  /** Iterations per cell: the budget. */
  public static final int ITERATIONS = 100_000;

  /** Checkpoint every this many iterations: {@code 1000000} (only at the start and the end) or {@code 1}. */
  @Param({"1000000", "1"})
  public int evaluateEvery;

  private CellRunner runner;
  private Cell cell;

  /** Compiles a one-cell sweep with the bench plugins, found by ServiceLoader on the class path. */
  @Setup(Level.Trial)
  public void setUp() {
    PluginCatalog catalog = PluginCatalog.discoverClassPath();
    SweepCompiler compiler = new SweepCompiler(catalog);
    String json = "{\"name\": \"cell-loop\", \"budget\": {\"iterations\": " + ITERATIONS + "},"
        + " \"evaluateEvery\": " + evaluateEvery + ", \"seeds\": [1],"
        + " \"optimizers\": [{\"id\": \"bench-noop\"}], \"models\": [{\"id\": \"bench-free\"}]}";
    CompiledSweep sweep = compiler.compile(SweepFile.parse(json, "cell-loop.json", false), "cell-loop.json",
        "cell-loop");
    if (sweep.cells().size() != 1) {
      throw new IllegalStateException("expected one cell, got " + sweep.cells().size());
    }
    cell = sweep.cells().get(0);
    runner = new CellRunner(catalog, new ProvenanceCollector(), compiler);
    CellResult probe = runner.run(cell, "cell-loop", Path.of("."));
    if (probe.status() != CellStatus.BUDGET || probe.summary().iterations() != ITERATIONS) {
      throw new IllegalStateException("the cell did not run its budget: " + probe.status() + " " + probe.message());
    }
  }

  /** One cell of {@link #ITERATIONS} iterations; the score is per iteration. */
  @Benchmark
  @OperationsPerInvocation(ITERATIONS)
  public CellResult cellIteration() {
    return runner.run(cell, "cell-loop", Path.of("."));
  }
}
