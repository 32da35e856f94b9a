package org.hesstrucks.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hesstrucks.result.AtomicFiles;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.ResultJson;

/**
 * The results folder of one sweep: {@code cells/<cellId>.json}, one file per finished cell, and the sweep
 * file as it ran ({@code sweep.json}). Every write goes to a temporary file in the same folder and is then
 * renamed over the target, so a reader (or a rerun after a kill) sees either the whole old file or the whole
 * new one, never a torn one.
 */
public final class ResultStore {
  private final Path root;
  private final Path cells;

  public ResultStore(Path root) {
    this.root = root;
    this.cells = root.resolve("cells");
  }

  public Path root() {
    return root;
  }

  /** The file of cell {@code cellId}. */
  public Path cellFile(String cellId) {
    return cells.resolve(cellId + ".json");
  }

  /**
   * True when cell {@code cellId} has a complete result of this schema version. A file that does not parse
   * (or belongs to another cell or schema) does not count: the cell runs again and the file is replaced.
   */
  public boolean isFinished(String cellId) {
    Path file = cellFile(cellId);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      JsonNode node = ResultJson.mapper().readTree(file.toFile());
      return node != null && cellId.equals(node.path("cellId").asText())
          && node.path("schemaVersion").asInt() == CellResult.SCHEMA_VERSION && node.hasNonNull("status");
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes a cell's result atomically. */
  public Path write(CellResult result) throws IOException {
    Path target = cellFile(result.cellId());
    AtomicFiles.write(target, ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(result));
    return target;
  }

  /** Writes the sweep file as it ran, next to the cells. */
  public Path writeSweep(JsonNode sweep) throws IOException {
    Path target = root.resolve("sweep.json");
    AtomicFiles.write(target, ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(sweep));
    return target;
  }
}
