package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A validated sweep: its settings, the grid axes found, and its units of work.
 *
 * @param name the sweep's name
 * @param source the sweep file as parsed (written next to the results)
 * @param settings the harness-owned fields
 * @param axes each axis name with its values, in the order expanded
 * @param units single cells and tuned groups, in grid order
 * @param warnings things that will run but may not be what was meant
 * @param refused combinations left out of the grid, each with the reason
 */
public record CompiledSweep(String name, JsonNode source, SweepSettings settings, Map<String, List<JsonNode>> axes,
    List<WorkUnit> units, List<String> warnings, List<String> refused) {

  /** The cells known before anything runs: every single cell, and every tuning trial. */
  public List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    for (WorkUnit unit : units) {
      if (unit instanceof WorkUnit.Single single) {
        cells.add(single.cell());
      } else if (unit instanceof WorkUnit.TunedGroup group) {
        cells.addAll(group.trials());
      }
    }
    return cells;
  }

  /** How many cells the sweep runs: single cells, tuning trials, and the chosen settings on every seed. */
  public int plannedCells() {
    int count = 0;
    for (WorkUnit unit : units) {
      if (unit instanceof WorkUnit.Single) {
        count++;
      } else if (unit instanceof WorkUnit.TunedGroup group) {
        count += group.trials().size() + group.finals().get(0).size();
      }
    }
    return count;
  }
}
