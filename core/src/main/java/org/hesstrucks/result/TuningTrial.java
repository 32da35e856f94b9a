package org.hesstrucks.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One setting tried while tuning.
 *
 * @param cellId the trial cell
 * @param values the tuned parameters' values
 * @param status how the trial ended
 * @param metric the ranking metric's value (NaN when the trial did not produce one; ranked last)
 */
public record TuningTrial(String cellId, Map<String, JsonNode> values, CellStatus status, double metric) {}
