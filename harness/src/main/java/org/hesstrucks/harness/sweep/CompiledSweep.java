package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A validated sweep: its settings, the grid axes found, and every cell.
 *
 * @param name the sweep's name
 * @param source the sweep file as parsed (written next to the results)
 * @param settings the harness-owned fields
 * @param axes each axis name with its values, in the order expanded
 * @param cells every cell of the grid
 * @param warnings things that will run but may not be what was meant
 */
public record CompiledSweep(String name, JsonNode source, SweepSettings settings, Map<String, List<JsonNode>> axes,
    List<Cell> cells, List<String> warnings) {}
