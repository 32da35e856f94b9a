package org.hesstrucks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.hesstrucks.harness.sweep.SweepException;
import org.hesstrucks.harness.sweep.WorkUnit;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ResultJson;
import org.hesstrucks.result.TuningTrial;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuningTest {
  private static final String TUNED = "{'seeds': [1, 2, 3], 'budget': {'iterations': 8},"
      + " 'tuning': {'seed': 100, 'metric': 'finalLoss'},"
      + " 'optimizers': [{'id': 'gd', 'lineSearch': {'id': 'backtracking', 'maxReductions': 0},"
      + "   'tune': {'lineSearch.initialStep': {'from': 0.01, 'to': 1, 'points': 5}}}],"
      + " 'models': [{'id': 'quadratic', 'dimension': 20, 'conditionNumber': 10}]}";

  @TempDir
  Path results;

  private CellResult read(ResultStore store, Cell cell) throws IOException {
    return ResultJson.mapper().readValue(store.cellFile(cell.id()).toFile(), CellResult.class);
  }

  @Test
  @DisplayName("a tune block expands to trials on the tuning seed: a log grid of 5 values, rounded for labels")
  void compilesTrials() {
    CompiledSweep sweep = Sweeps.compile(TUNED);
    assertEquals(1, sweep.units().size());
    WorkUnit.TunedGroup group = (WorkUnit.TunedGroup) sweep.units().get(0);
    assertEquals(List.of("lineSearch.initialStep"), group.parameters());
    assertEquals("[0.01, 0.0316228, 0.1, 0.316228, 1.0]",
        group.candidates().stream().map(c -> c.get("lineSearch.initialStep").asDouble()).toList().toString());
    assertEquals(5, group.trials().size());
    group.trials().forEach(t -> assertEquals(100, t.spec().seed()));
    group.trials().forEach(t -> assertEquals("trial", t.spec().tuningRole()));
    assertEquals(5 + 3, sweep.plannedCells());
    assertEquals("gd lineSearch=backtracking lineSearch.maxReductions=0 (tuned lineSearch.initialStep)",
        group.trials().get(0).spec().optimizerLabel());
  }

  @Test
  @DisplayName("the trial with the least final loss is chosen and run on every seed; finals record the tuning")
  void choosesTheBestTrial() throws IOException {
    CompiledSweep sweep = Sweeps.compile(TUNED);
    SweepRunner runner = new SweepRunner(new CellRunner(Sweeps.CATALOG, new ProvenanceCollector(), Sweeps.compiler()));
    List<Cell> started = new ArrayList<>();
    SweepOutcome outcome = runner.run(sweep, results, results, false, new RunListener() {
      @Override
      public void started(int index, int total, Cell cell) {
        started.add(cell);
      }
    });
    assertEquals(8, started.size());
    ResultStore store = new ResultStore(results);
    WorkUnit.TunedGroup group = (WorkUnit.TunedGroup) sweep.units().get(0);
    List<CellResult> trials = new ArrayList<>();
    for (Cell trial : group.trials()) {
      trials.add(read(store, trial));
    }
    // With maxReductions 0 a too-large initial step fails the search; the best is the smallest final loss.
    CellResult best = trials.stream().filter(t -> t.status() != CellStatus.DIVERGED)
        .min(Comparator.comparingDouble(t -> t.summary().finalLoss())).orElseThrow();
    JsonNode chosen = best.spec().optimizer().at("/lineSearch/initialStep");
    List<Cell> finals = started.subList(5, 8);
    for (Cell cell : finals) {
      CellResult result = read(store, cell);
      assertEquals("final", result.spec().tuningRole());
      assertEquals(chosen, result.spec().optimizer().at("/lineSearch/initialStep"));
      assertEquals(Map.of("lineSearch.initialStep", chosen), result.tuning().chosen());
      assertEquals(5, result.tuning().trials().size());
      TuningTrial recorded = result.tuning().trials().stream().filter(t -> t.cellId().equals(best.cellId()))
          .findFirst().orElseThrow();
      assertEquals(best.summary().finalLoss(), recorded.metric(), 0.0);
    }
    assertEquals(List.of(1L, 2L, 3L), finals.stream().map(c -> c.spec().seed()).toList());
    assertTrue(outcome.ran().values().stream().mapToInt(Integer::intValue).sum() == 8);
    SweepOutcome again = runner.run(sweep, results, results, false, new RunListener() {});
    assertEquals(8, again.skipped(), "a rerun finds trials and finals finished");
  }

  @Test
  @DisplayName("tuning a field the optimizer lacks is refused with the path and the fields it has")
  void unknownTunedField() {
    SweepException e = assertThrows(SweepException.class, () -> Sweeps.compile("{'optimizers': [{'id': 'gd',"
        + " 'tune': {'learningRate': [0.1, 1]}}], 'models': [{'id': 'quadratic'}]}"));
    assertEquals(List.of("sweep.json: $.optimizers[0].tune.learningRate: expected a field of optimizer 'gd' (one of "
        + "lineSearch, warmStartGrowth, onLineSearchFailure), got 'learningRate'"), e.problems());
  }

  @Test
  @DisplayName("a bad grid specification is refused with the path")
  void badGrid() {
    SweepException e = assertThrows(SweepException.class, () -> Sweeps.compile("{'optimizers': [{'id': 'gd',"
        + " 'tune': {'warmStartGrowth': {'from': 0, 'to': 4, 'points': 3}}}], 'models': [{'id': 'quadratic'}]}"));
    assertEquals(List.of("sweep.json: $.optimizers[0].tune.warmStartGrowth: a log grid needs positive \"from\" "
        + "and \"to\", got 0.0 and 4.0"), e.problems());
  }

  @Test
  @DisplayName("an optimizer asking for curvature the model lacks is refused as a combination, not an error")
  void refusedCombination() {
    CompiledSweep sweep = Sweeps.compile("{'optimizers': [{'id': 'fixture-lists', 'curvature': ['exact',"
        + " 'gauss-newton']}], 'models': [{'id': 'quadratic', 'dimension': 5}]}");
    assertEquals(1, sweep.cells().size());
    assertEquals(List.of("fixture-lists curvature=gauss-newton × quadratic dimension=5: $.optimizers[0].curvature "
        + "asks for gauss-newton curvature, which model 'quadratic' does not offer (it offers central-difference, "
        + "exact, forward-difference)"), sweep.refused());
    SweepException empty = assertThrows(SweepException.class, () -> Sweeps.compile("{'optimizers': [{'id': "
        + "'fixture-lists', 'curvature': 'gauss-newton'}], 'models': [{'id': 'quadratic', 'dimension': 5}]}"));
    assertEquals("sweep.json: the grid is empty: every optimizer × model combination was refused",
        empty.problems().get(0));
  }

  @Test
  @DisplayName("a cell rebuilt from its JSON ticket has the same key and spec")
  void ticketRoundTrip() throws IOException {
    for (Cell cell : Sweeps.compile(TUNED).cells()) {
      byte[] json = ResultJson.mapper().writeValueAsBytes(cell.ticket("s"));
      Cell rebuilt = Sweeps.compiler().cell(ResultJson.mapper().readValue(json,
          org.hesstrucks.harness.sweep.CellTicket.class));
      assertEquals(cell.id(), rebuilt.id());
      assertEquals(cell.spec().optimizerLabel(), rebuilt.spec().optimizerLabel());
      assertEquals(cell.tuning(), rebuilt.tuning());
    }
    assertNull(Sweeps.compile("{'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic'}]}").cells().get(0)
        .tuning());
  }
}
