package org.hesstrucks.dist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a results folder's cells as JSON trees, keyed by cell id; fails on any file that does not parse. */
final class Results {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Results() {}

  static Map<String, JsonNode> cells(Path results) throws IOException {
    Map<String, JsonNode> cells = new TreeMap<>();
    Path folder = results.resolve("cells");
    if (!Files.isDirectory(folder)) {
      return cells;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
          continue; // a temporary file of a write that was killed: never read as a result
        }
        JsonNode cell = JSON.readTree(file.toFile()); // throws on a torn file
        if (!name.equals(cell.get("cellId").asText() + ".json")) {
          throw new IllegalStateException(file + " holds cell " + cell.get("cellId"));
        }
        cells.put(cell.get("cellId").asText(), cell);
      }
    }
    return cells;
  }

  /** The parts of a cell that must be identical between two runs of it: everything but timings and provenance. */
  static JsonNode deterministicPart(JsonNode cell) {
    var copy = cell.deepCopy();
    var object = (com.fasterxml.jackson.databind.node.ObjectNode) copy;
    object.remove("provenance");
    var summary = (com.fasterxml.jackson.databind.node.ObjectNode) object.get("summary");
    if (summary != null) {
      summary.remove("optimizerSeconds");
      summary.remove("evaluationSeconds");
    }
    var trace = (com.fasterxml.jackson.databind.node.ObjectNode) object.get("trace");
    if (trace != null) {
      trace.remove("seconds");
    }
    return copy;
  }
}
