package org.hesstrucks.harness.run;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.report.ReportWriter;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;

/**
 * Runs the cells of a sweep that have no result yet, one after another in this JVM (sequential, so
 * wall-clock comparisons are made on a quiet machine), writes each result as soon as it ends, and writes
 * the report at the end. A cell's failure never stops the sweep; results already written are never touched
 * unless {@code force} is set.
 */
public final class SweepRunner {
  private final CellRunner cells;

  @Inject
  public SweepRunner(CellRunner cells) {
    this.cells = cells;
  }

  /**
   * @param sweep the compiled sweep
   * @param baseDirectory the sweep file's folder (datasets resolve paths against it)
   * @param resultsDirectory where to write ({@code cells/}, {@code sweep.json}, {@code report.html})
   * @param force rerun cells that already have results
   */
  public SweepOutcome run(CompiledSweep sweep, Path baseDirectory, Path resultsDirectory, boolean force,
      RunListener listener) throws IOException {
    ResultStore store = new ResultStore(resultsDirectory);
    store.writeSweep(sweep.source());
    Map<CellStatus, Integer> ran = new EnumMap<>(CellStatus.class);
    int skipped = 0;
    List<Cell> all = sweep.cells();
    for (int i = 0; i < all.size(); i++) {
      Cell cell = all.get(i);
      if (!force && store.isFinished(cell.id())) {
        skipped++;
        listener.skipped(i + 1, all.size(), cell);
        continue;
      }
      listener.started(i + 1, all.size(), cell);
      long start = System.nanoTime();
      CellResult result = cells.run(cell, sweep.name(), baseDirectory);
      try {
        store.write(result);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the result of cell " + cell.id() + " to "
            + store.cellFile(cell.id()) + ": " + e.getMessage(), e);
      }
      ran.merge(result.status(), 1, Integer::sum);
      listener.finished(i + 1, all.size(), cell, result, (System.nanoTime() - start) * 1e-9);
    }
    Path report = new ReportWriter().write(resultsDirectory, resultsDirectory.resolve("report.html"));
    return new SweepOutcome(resultsDirectory, ran, skipped, report);
  }
}
