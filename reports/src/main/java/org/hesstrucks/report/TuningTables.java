package org.hesstrucks.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.TuningRecord;
import org.hesstrucks.result.TuningTrial;

/**
 * The overview's tuning tables: per tuned group (optimizer and problem), every setting tried on the tuning
 * seed, how it ended and its metric, and the chosen setting, from the final cells' {@link TuningRecord}.
 * Trial cells no final cell accounts for yet (a sweep still running) are listed by their own records, with no
 * metric and no choice.
 */
final class TuningTables {
  private TuningTables() {}

  static List<ReportPage.TuningView> of(List<CellResult> cells) {
    Map<String, ReportPage.TuningView> groups = new LinkedHashMap<>();
    Set<String> accounted = new HashSet<>();
    for (CellResult cell : cells) {
      TuningRecord tuning = cell.tuning();
      if (ReportData.isTrial(cell) || tuning == null || tuning.trials() == null || tuning.trials().isEmpty()) {
        continue;
      }
      String problem = ReportData.problemLabel(cell.spec());
      String optimizer = ReportData.optimizerLabel(cell.spec());
      String key = optimizer + "\u0000" + problem;
      if (groups.containsKey(key)) {
        continue;
      }
      String chosen = values(tuning.chosen());
      List<ReportPage.TrialView> trials = new ArrayList<>();
      for (TuningTrial trial : tuning.trials()) {
        accounted.add(trial.cellId());
        String values = values(trial.values());
        trials.add(new ReportPage.TrialView(values, trial.status() == null ? "" : trial.status().id(),
            Format.number(trial.metric()), !chosen.isEmpty() && values.equals(chosen)));
      }
      groups.put(key, new ReportPage.TuningView(optimizer, problem, Objects.toString(tuning.metric(), ""),
          tuning.seed(), chosen.isEmpty() ? Format.MISSING : chosen, trials));
    }
    Map<String, List<ReportPage.TrialView>> pending = new LinkedHashMap<>();
    Map<String, CellResult> firstPending = new LinkedHashMap<>();
    for (CellResult cell : cells) {
      if (!ReportData.isTrial(cell) || accounted.contains(cell.cellId())) {
        continue;
      }
      String optimizerId = cell.spec().optimizer() != null && cell.spec().optimizer().hasNonNull("id")
          ? cell.spec().optimizer().get("id").asText() : "(unnamed optimizer)";
      String key = optimizerId + "\u0000" + ReportData.problemLabel(cell.spec());
      firstPending.putIfAbsent(key, cell);
      pending.computeIfAbsent(key, k -> new ArrayList<>()).add(new ReportPage.TrialView(
          cell.tuning() == null ? ReportData.optimizerLabel(cell.spec()) : values(cell.tuning().values()),
          cell.status().id(), Format.MISSING, false));
    }
    List<ReportPage.TuningView> views = new ArrayList<>(groups.values());
    pending.forEach((key, trials) -> {
      CellResult cell = firstPending.get(key);
      TuningRecord tuning = cell.tuning();
      views.add(new ReportPage.TuningView(key.substring(0, key.indexOf('\u0000')),
          ReportData.problemLabel(cell.spec()), tuning == null ? "" : Objects.toString(tuning.metric(), ""),
          cell.spec().seed(), "not chosen yet", trials));
    });
    return views;
  }

  /** {@code lr=0.1 momentum=0.9}, in the record's order; empty for none. */
  static String values(Map<String, JsonNode> values) {
    if (values == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    values.forEach((name, value) -> text.append(text.length() > 0 ? " " : "").append(name).append('=')
        .append(value == null ? "null" : value.isValueNode() ? value.asText() : value.toString()));
    return text.toString();
  }
}
