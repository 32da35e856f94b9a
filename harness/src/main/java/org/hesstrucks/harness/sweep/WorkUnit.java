package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What a shard schedules: a single cell, or a tuned group (its trials, then its final cells), which must
 * run in one place because its finals depend on its trials.
 */
public sealed interface WorkUnit {
  /** A cell outside any tuning. */
  record Single(Cell cell) implements WorkUnit {}

  /**
   * A tuned optimizer on one problem and batch size.
   *
   * @param label the optimizer's label and the problem, for messages
   * @param parameters the tuned parameters (dotted field names)
   * @param candidates each trial's values, in grid order
   * @param trials one cell per candidate, on the tuning seed
   * @param finals for each candidate, its cells on every seed (only the chosen candidate's run)
   * @param settings the metric and seed
   */
  record TunedGroup(String label, List<String> parameters, List<Map<String, JsonNode>> candidates, List<Cell> trials,
      List<List<Cell>> finals, TuningSettings settings) implements WorkUnit {}
}
