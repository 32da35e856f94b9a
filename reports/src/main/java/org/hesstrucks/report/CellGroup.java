package org.hesstrucks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.Trace;

/**
 * The cells of one optimizer label on one problem: the seeds of one configuration.
 *
 * @param optimizerLabel the optimizer with its axis values ({@link ReportData#optimizerLabel})
 * @param cells the cells, by seed
 */
public record CellGroup(String optimizerLabel, List<CellResult> cells) {
  public CellGroup {
    cells = List.copyOf(cells);
  }

  /** The traces of the cells that have one (a cell that could not start has none). */
  public List<Trace> traces() {
    List<Trace> traces = new ArrayList<>();
    for (CellResult cell : cells) {
      if (cell.trace() != null) {
        traces.add(cell.trace());
      }
    }
    return traces;
  }

  /** The checkpoint columns reduced over seeds. */
  public ConvergenceBands convergence() {
    return ConvergenceBands.of(traces());
  }

  /**
   * The telemetry series {@code name} reduced over the seeds that recorded it, by iteration; empty when none
   * did.
   */
  public SeedBand telemetry(String name) {
    List<double[]> columns = new ArrayList<>();
    for (Trace trace : traces()) {
      Map<String, double[]> telemetry = trace.telemetry();
      if (telemetry != null && telemetry.get(name) != null) {
        columns.add(telemetry.get(name));
      }
    }
    return SeedBand.alignedByIndex(columns);
  }
}
