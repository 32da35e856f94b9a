package org.hesstrucks.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.TuningMetric;
import org.hesstrucks.harness.sweep.WorkUnit;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ResultJson;
import org.hesstrucks.result.TuningRecord;
import org.hesstrucks.result.TuningTrial;

/**
 * Picks a tuned group's setting from its trials' results: the best value of the metric among trials that
 * converged, ran out of budget or failed (a diverged, timed-out or crashed trial ranks last); ties go to the
 * first in grid order, so the choice is deterministic.
 */
final class Tuning {
  private Tuning() {}

  /**
   * What was tried and what was chosen.
   *
   * @param chosen the index of the chosen candidate, or −1 when no trial produced a finite metric
   * @param trials every trial, in grid order
   */
  record Choice(int chosen, List<TuningTrial> trials) {}

  static Choice choose(WorkUnit.TunedGroup group, ResultStore store) throws IOException {
    TuningMetric metric = group.settings().metric();
    List<TuningTrial> trials = new ArrayList<>();
    int best = -1;
    double bestValue = Double.NaN;
    for (int i = 0; i < group.trials().size(); i++) {
      Cell trial = group.trials().get(i);
      CellStatus status = CellStatus.ERROR;
      double value = Double.NaN;
      if (store.isFinished(trial.id())) {
        CellResult result = ResultJson.mapper().readValue(store.cellFile(trial.id()).toFile(), CellResult.class);
        status = result.status();
        if (status == CellStatus.CONVERGED || status == CellStatus.BUDGET || status == CellStatus.FAILED) {
          value = metricOf(result, metric);
        }
      }
      trials.add(new TuningTrial(trial.id(), group.candidates().get(i), status, value));
      if (Double.isFinite(value) && (best < 0
          || (metric.higherIsBetter() ? value > bestValue : value < bestValue))) {
        best = i;
        bestValue = value;
      }
    }
    return new Choice(best, List.copyOf(trials));
  }

  /** The final cells of the chosen candidate, each carrying the record of the tuning. */
  static List<Cell> finals(WorkUnit.TunedGroup group, Choice choice) {
    TuningRecord record = new TuningRecord("final", group.settings().metric().id(), group.settings().seed(),
        choice.chosen() < 0 ? java.util.Map.of() : group.candidates().get(choice.chosen()), choice.trials(),
        choice.chosen() < 0 ? java.util.Map.of() : group.candidates().get(choice.chosen()));
    List<Cell> finals = new ArrayList<>();
    for (Cell cell : group.finals().get(Math.max(choice.chosen(), 0))) {
      finals.add(cell.withTuning(record));
    }
    return finals;
  }

  static double metricOf(CellResult result, TuningMetric metric) {
    if (result.summary() == null) {
      return Double.NaN;
    }
    switch (metric) {
      case FINAL_LOSS:
        return result.summary().finalLoss();
      case BEST_LOSS:
        return result.summary().bestLoss();
      case HELD_OUT_LOSS:
        return last(result, "loss");
      case HELD_OUT_ACCURACY:
        return last(result, "accuracy");
      default:
        throw new IllegalStateException("unknown metric " + metric);
    }
  }

  private static double last(CellResult result, String name) {
    if (result.trace() == null || result.trace().heldOut() == null) {
      return Double.NaN;
    }
    double[] values = result.trace().heldOut().get(name);
    return values == null || values.length == 0 ? Double.NaN : values[values.length - 1];
  }

  /** "learningRate=0.1" for messages. */
  static String describe(java.util.Map<String, JsonNode> values) {
    StringBuilder s = new StringBuilder();
    values.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return s.toString();
  }
}
