package org.hesstrucks.harness.run;

import java.io.IOException;
import java.util.Map;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.result.CellResult;

/** Runs cells in the harness's own JVM: no limits can be enforced, and later cells run JIT-warm. */
public final class InProcessExecutor implements CellExecutor {
  private final CellRunner runner;
  private final Map<String, String> execution;

  public InProcessExecutor(CellRunner runner, Map<String, String> execution) {
    this.runner = runner;
    this.execution = Map.copyOf(execution);
  }

  @Override
  public CellResult execute(Cell cell, SweepContext sweep, ResultStore store) throws IOException {
    CellResult result = runner.run(cell, sweep.name(), sweep.baseDirectory(), execution);
    store.write(result);
    return result;
  }
}
