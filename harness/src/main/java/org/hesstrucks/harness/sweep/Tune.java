package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * An optimizer block's {@code tune} field after expansion.
 *
 * @param parameters the tuned fields, dotted ({@code learningRate}, {@code lineSearch.shrink})
 * @param candidates each setting to try, in grid order
 * @param blocks each setting as a bound block, in the same order
 */
public record Tune(List<String> parameters, List<Map<String, JsonNode>> candidates, List<BoundBlock> blocks) {}
