package org.hesstrucks.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * How a tuned optimizer's hyperparameters were chosen (DeepOBS and AlgoPerf protocol: try a grid on a tuning
 * seed, pick the best by a stated metric, run the choice on every seed).
 *
 * @param role "trial" (a cell trying one setting on the tuning seed) or "final" (a cell run with the choice)
 * @param metric what ranked the trials: finalLoss, bestLoss, heldOutLoss (lower is better) or
 *     heldOutAccuracy (higher is better)
 * @param seed the tuning seed
 * @param values this cell's values of the tuned parameters, by dotted field name
 * @param trials for a final cell: every trial of its group, in grid order
 * @param chosen for a final cell: the chosen values
 */
public record TuningRecord(String role, String metric, long seed, Map<String, JsonNode> values,
    List<TuningTrial> trials, Map<String, JsonNode> chosen) {}
