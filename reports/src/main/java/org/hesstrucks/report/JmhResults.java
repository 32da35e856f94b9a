package org.hesstrucks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hesstrucks.result.ResultJson;

/**
 * Microbenchmark results in JMH's JSON format ({@code -rf json}): a list of
 * {@code {benchmark, mode, params, primaryMetric {score, scoreError, scoreUnit}}}. A file that cannot be read
 * or is not in that format gives an {@code error} and no rows, and the rest of the report still renders.
 *
 * @param file the file's name
 * @param error why the file could not be used, or null
 * @param rows the benchmarks, in the file's order
 */
record JmhResults(String file, String error, List<Row> rows) {

  /**
   * One benchmark: {@code name} its method name with the class's simple name, {@code params} its parameters
   * as {@code k=v} pairs, {@code error} the score's error (NaN when JMH reports none).
   */
  record Row(String name, String params, String mode, double score, double error, String unit) {}

  static JmhResults read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    JsonNode root;
    try {
      root = ResultJson.mapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      return new JmhResults(name, ResultsFolder.describe(e), List.of());
    } catch (IOException e) {
      return new JmhResults(name, "cannot be read: " + e, List.of());
    }
    if (root == null || !root.isArray()) {
      return new JmhResults(name, "not JMH results: expected a JSON list of benchmarks", List.of());
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode entry = root.get(i);
      JsonNode metric = entry.get("primaryMetric");
      if (!entry.hasNonNull("benchmark") || metric == null || !metric.has("score")) {
        return new JmhResults(name, "not JMH results: entry " + i + " has no benchmark or primaryMetric.score",
            List.of());
      }
      String benchmark = entry.get("benchmark").asText();
      int method = benchmark.lastIndexOf('.');
      int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
      StringBuilder params = new StringBuilder();
      JsonNode paramNode = entry.get("params");
      if (paramNode != null && paramNode.isObject()) {
        for (String key : (Iterable<String>) paramNode::fieldNames) {
          params.append(params.length() > 0 ? " " : "").append(key).append('=').append(paramNode.get(key).asText());
        }
      }
      rows.add(new Row(benchmark.substring(type + 1), params.toString(),
          entry.hasNonNull("mode") ? entry.get("mode").asText() : "",
          number(metric.get("score")), number(metric.get("scoreError")),
          metric.hasNonNull("scoreUnit") ? metric.get("scoreUnit").asText() : ""));
    }
    return new JmhResults(name, null, rows);
  }

  /** A JSON number, or the string "NaN" JMH writes for a missing error; NaN otherwise. */
  private static double number(JsonNode node) {
    if (node == null) {
      return Double.NaN;
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    try {
      return Double.parseDouble(node.asText());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
