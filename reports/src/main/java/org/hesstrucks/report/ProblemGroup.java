package org.hesstrucks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.Trace;

/**
 * The cells on one problem (model, dataset and batch size), grouped by optimizer label.
 *
 * @param label the problem with its batch size when not full ({@link ReportData#problemLabel})
 * @param groups one group per optimizer label, in natural order of the labels
 */
public record ProblemGroup(String label, List<CellGroup> groups) {
  public ProblemGroup {
    groups = List.copyOf(groups);
  }

  /** Every cell on this problem. */
  public List<CellResult> cells() {
    List<CellResult> cells = new ArrayList<>();
    for (CellGroup group : groups) {
      cells.addAll(group.cells());
    }
    return cells;
  }

  /** The least finite full training loss at any checkpoint of any cell on this problem; NaN if none. */
  public double bestLoss() {
    double best = Double.NaN;
    for (CellGroup group : groups) {
      for (Trace trace : group.traces()) {
        if (trace.loss() == null) {
          continue;
        }
        for (double loss : trace.loss()) {
          if (Double.isFinite(loss) && !(loss >= best)) {
            best = loss;
          }
        }
      }
    }
    return best;
  }

  /** The telemetry names any cell on this problem recorded, sorted. */
  public SortedSet<String> telemetryNames() {
    SortedSet<String> names = new TreeSet<>(NaturalOrder.INSTANCE);
    for (CellGroup group : groups) {
      for (Trace trace : group.traces()) {
        if (trace.telemetry() != null) {
          names.addAll(trace.telemetry().keySet());
        }
      }
    }
    return names;
  }
}
