package org.hesstrucks.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hesstrucks.harness.Sweeps;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ResultJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker JVM that cannot be started marks its cell 'error' and the sweep goes on (it used to end the run). */
class WorkerStartFailureTest {
  @TempDir
  Path results;

  @Test
  @DisplayName("when the worker's process cannot start, each cell is 'error' naming why, and the sweep finishes")
  void startFailureIsContained() throws IOException {
    CompiledSweep sweep = Sweeps.compile("{'name': 'start', 'seeds': [1, 2], 'budget': {'iterations': 3},"
        + " 'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', 'dimension': 5}]}");
    CellRunner cells = new CellRunner(Sweeps.CATALOG, new ProvenanceCollector(), Sweeps.compiler());
    RunOptions options = new RunOptions(false, false, RunOptions.Isolation.PROCESS, 1, Shard.ALL, "256m", 60,
        List.of());
    Path missing = results.resolve("no-such-jdk").resolve("java");
    SweepOutcome outcome = new SweepRunner(cells).run(sweep, results, results, options, new RunListener() {},
        new WorkerProcessExecutor(cells, options, missing.toString()));
    assertEquals(2, outcome.ran().get(CellStatus.ERROR));
    ResultStore store = new ResultStore(results);
    for (var cell : sweep.cells()) {
      CellResult result = ResultJson.mapper().readValue(store.cellFile(cell.id()).toFile(), CellResult.class);
      assertEquals(CellStatus.ERROR, result.status());
      assertTrue(result.message().startsWith("the worker JVM could not be started: Cannot run program \""
          + missing + "\""), result.message());
      assertTrue(Files.notExists(results.resolve("tickets").resolve(cell.id() + ".json")), "its ticket is removed");
    }
  }
}
