package org.hesstrucks.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hesstrucks.harness.run.CellRunner;
import org.hesstrucks.harness.run.ProvenanceCollector;
import org.hesstrucks.harness.run.ResultStore;
import org.hesstrucks.harness.run.RunListener;
import org.hesstrucks.harness.run.SweepOutcome;
import org.hesstrucks.harness.run.SweepRunner;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ResultJson;
import org.hesstrucks.result.Trace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {
  @TempDir
  Path results;

  private static SweepRunner runner() {
    return new SweepRunner(new CellRunner(Sweeps.CATALOG, new ProvenanceCollector(), Sweeps.compiler()));
  }

  private SweepOutcome run(CompiledSweep sweep, boolean force) throws IOException {
    return runner().run(sweep, results, results, force, new RunListener() {});
  }

  private CellResult read(Cell cell) throws IOException {
    return ResultJson.mapper().readValue(new ResultStore(results).cellFile(cell.id()).toFile(), CellResult.class);
  }

  @Test
  @DisplayName("gd on a 100-dimensional quadratic with κ = 100 converges to ‖g‖ ≤ 1e-6; counts and trace agree")
  void gradientDescentConverges() throws IOException {
    CompiledSweep sweep = Sweeps.compile("{'stopping': {'gradientNorm': 1e-6}, 'budget': {'iterations': 50000},"
        + " 'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', 'dimension': 100, 'conditionNumber': 100}]}");
    run(sweep, false);
    CellResult result = read(sweep.cells().get(0));
    assertEquals(CellStatus.CONVERGED, result.status(), result.message());
    assertTrue(result.summary().finalGradientNorm() <= 1e-6);
    assertTrue(result.summary().iterations() > 10);
    Trace trace = result.trace();
    int last = trace.loss().length - 1;
    assertEquals(result.summary().iterations() + 1, trace.iteration().length, "a checkpoint per iteration plus θ₀");
    assertEquals(result.summary().iterations(), trace.iteration()[last]);
    assertEquals(result.summary().finalLoss(), trace.loss()[last], 0.0);
    // gd: one value-and-gradient per step; values only in its Armijo search.
    assertEquals(result.summary().iterations(), result.summary().cost().gradientCalls());
    assertEquals(result.summary().iterations(), (long) sum(trace.telemetry().get("lineSearch.evaluations")));
    assertEquals(result.summary().cost().valueCalls(), (long) sum(trace.telemetry().get("lineSearch.evaluations")));
    // A quadratic has one "sample": gradient-equivalents = gradients + 0.5 × values.
    assertEquals(result.summary().cost().gradientCalls() + 0.5 * result.summary().cost().valueCalls(),
        result.summary().gradientEquivalents(), 1e-9);
    assertEquals("0.1.0-SNAPSHOT", result.provenance().plugins().get("optimizer:gd"));
    assertEquals("0.1.0-SNAPSHOT", result.provenance().plugins().get("model:quadratic"));
    assertTrue(result.provenance().plugins().containsKey("line-search:backtracking"));
    for (int i = 1; i < trace.loss().length; i++) {
      assertTrue(trace.loss()[i] <= trace.loss()[i - 1], "Armijo steps never increase f (checkpoint " + i + ")");
    }
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  @Test
  @DisplayName("the iteration budget ends a cell as 'budget' after exactly that many steps")
  void iterationBudget() throws IOException {
    CompiledSweep sweep = Sweeps.compile("{'budget': {'iterations': 7}, 'evaluateEvery': 3,"
        + " 'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', 'dimension': 20, 'conditionNumber': 1000}]}");
    run(sweep, false);
    CellResult result = read(sweep.cells().get(0));
    assertEquals(CellStatus.BUDGET, result.status());
    assertEquals("iteration budget of 7 reached", result.message());
    assertEquals(7, result.summary().iterations());
    assertArrayEquals(new long[] {0, 3, 6, 7}, result.trace().iteration());
    assertEquals(7, result.trace().telemetry().get("stepLength").length);
  }

  @Test
  @DisplayName("a plugin that throws marks only its cell 'error', keeps its trace, and the sweep goes on")
  void throwingPluginIsContained() throws IOException {
    CompiledSweep sweep = Sweeps.compile("{'budget': {'iterations': 10}, 'optimizers': [{'id': 'fixture-throws'},"
        + " {'id': 'gd'}], 'models': [{'id': 'quadratic', 'dimension': 10}]}");
    SweepOutcome outcome = run(sweep, false);
    assertEquals(Map.of(CellStatus.ERROR, 1, CellStatus.BUDGET, 1), outcome.ran());
    CellResult failed = read(sweep.cells().get(0));
    assertEquals(CellStatus.ERROR, failed.status());
    assertEquals("optimizer 'fixture-throws' at iteration 3: IllegalStateException: boom at 3", failed.message());
    assertEquals(4, failed.trace().iteration().length, "checkpoints 0..3 are kept");
    assertArrayEquals(new double[] {0, 2, 4}, failed.trace().telemetry().get("fixture.custom"), 0.0);
    assertEquals(CellStatus.BUDGET, read(sweep.cells().get(1)).status());
    assertTrue(Files.isRegularFile(outcome.report()));
  }

  @Test
  @DisplayName("an exploding loss ends the cell as 'diverged' at the checkpoint that sees it")
  void divergence() throws IOException {
    CompiledSweep sweep = Sweeps.compile("{'optimizers': [{'id': 'fixture-explodes'}],"
        + " 'models': [{'id': 'quadratic', 'dimension': 10}]}");
    run(sweep, false);
    CellResult result = read(sweep.cells().get(0));
    assertEquals(CellStatus.DIVERGED, result.status());
    // f grows 100× per step: past 1e6 × f₀ at the fourth step.
    assertEquals(4, result.summary().iterations());
    assertTrue(result.message().startsWith("the full training loss "), result.message());
  }

  @Test
  @DisplayName("one seed, one config: the same trace bit for bit on a rerun (timings aside)")
  void deterministic() throws IOException {
    String text = "{'seeds': [5], 'budget': {'iterations': 50}, 'optimizers': [{'id': 'gd'}],"
        + " 'models': [{'id': 'quadratic', 'dimension': 30, 'conditionNumber': 50}]}";
    CompiledSweep sweep = Sweeps.compile(text);
    run(sweep, false);
    Trace first = read(sweep.cells().get(0)).trace();
    run(sweep, true);
    Trace second = read(sweep.cells().get(0)).trace();
    assertArrayEquals(first.loss(), second.loss(), 0.0);
    assertArrayEquals(first.gradientNorm(), second.gradientNorm(), 0.0);
    assertArrayEquals(first.telemetry().get("stepLength"), second.telemetry().get("stepLength"), 0.0);
    CompiledSweep otherSeed = Sweeps.compile(text.replace("[5]", "[6]"));
    run(otherSeed, false);
    assertNotEquals(first.loss()[0], read(otherSeed.cells().get(0)).trace().loss()[0], "θ₀ depends on the seed");
  }

  @Test
  @DisplayName("a rerun skips finished cells, reruns a corrupt one, and --force reruns all")
  void resumeSkipsFinishedCells() throws IOException {
    CompiledSweep sweep = Sweeps.compile("{'seeds': [1, 2, 3], 'budget': {'iterations': 5}, 'optimizers': [{'id': 'gd'}],"
        + " 'models': [{'id': 'quadratic', 'dimension': 10}]}");
    assertEquals(3, run(sweep, false).ran().get(CellStatus.BUDGET));
    Path corrupt = new ResultStore(results).cellFile(sweep.cells().get(1).id());
    Files.writeString(corrupt, "{\"schemaVersion\": 1, \"cellId\": \"" + sweep.cells().get(1).id() + "\", \"sta");
    List<String> ran = new ArrayList<>();
    SweepOutcome second = runner().run(sweep, results, results, false, new RunListener() {
      @Override
      public void started(int index, int total, Cell cell) {
        ran.add(cell.id());
      }
    });
    assertEquals(List.of(sweep.cells().get(1).id()), ran);
    assertEquals(2, second.skipped());
    assertEquals(CellStatus.BUDGET, read(sweep.cells().get(1)).status());
    assertEquals(3, run(sweep, true).ran().get(CellStatus.BUDGET));
    try (var files = Files.list(results.resolve("cells"))) {
      assertEquals(3, files.count(), "no temporary or duplicate files are left");
    }
  }
}
