package org.hesstrucks.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.ResultJson;

/**
 * Reads a results folder as the harness writes it: {@code sweep.json} (the sweep file, copied; may be absent)
 * and {@code cells/<cellId>.json}, one {@link CellResult} each. Files in {@code cells/} whose name starts with
 * a dot (temporary files of an atomic write) or does not end in {@code .json} are ignored; a cell file that
 * does not parse, or lacks a spec or a status, becomes an {@link UnreadableFile} instead of stopping the
 * report.
 */
public final class ResultsFolder {
  /** The sweep file inside a results folder. */
  public static final String SWEEP_FILE = "sweep.json";
  /** The folder of cell results inside a results folder. */
  public static final String CELLS_DIR = "cells";

  private ResultsFolder() {}

  /**
   * Reads {@code resultsDir}.
   *
   * @throws NoSuchFileException when {@code resultsDir} does not exist (the message names it)
   * @throws NotDirectoryException when it is a file
   * @throws IOException when the folder or its sweep file cannot be read (a cell file that cannot be read is
   *     listed as unreadable instead)
   */
  public static ReportData read(Path resultsDir) throws IOException {
    if (!Files.exists(resultsDir)) {
      throw new NoSuchFileException(resultsDir.toString(), null, "the results folder does not exist");
    }
    if (!Files.isDirectory(resultsDir)) {
      throw new NotDirectoryException(resultsDir.toString());
    }
    String sweepFile = null;
    Path sweepPath = resultsDir.resolve(SWEEP_FILE);
    if (Files.isRegularFile(sweepPath)) {
      sweepFile = new String(Files.readAllBytes(sweepPath), StandardCharsets.UTF_8);
    }

    List<CellResult> cells = new ArrayList<>();
    List<UnreadableFile> unreadable = new ArrayList<>();
    Path cellsDir = resultsDir.resolve(CELLS_DIR);
    if (Files.isDirectory(cellsDir)) {
      List<Path> files;
      try (Stream<Path> listing = Files.list(cellsDir)) {
        files = listing.filter(ResultsFolder::isCellFile).sorted().toList();
      }
      for (Path file : files) {
        String name = file.getFileName().toString();
        try {
          CellResult cell = ResultJson.mapper().readValue(file.toFile(), CellResult.class);
          String missing = cell == null ? "the file holds no cell result (null)"
              : cell.spec() == null ? "the cell result has no \"spec\""
              : cell.status() == null ? "the cell result has no \"status\""
              : null;
          if (missing == null) {
            cells.add(cell);
          } else {
            unreadable.add(new UnreadableFile(name, missing));
          }
        } catch (JsonProcessingException e) {
          unreadable.add(new UnreadableFile(name, describe(e)));
        } catch (IOException e) {
          unreadable.add(new UnreadableFile(name, "cannot be read: " + e));
        }
      }
    }
    return new ReportData(resultsDir, sweepName(cells, sweepFile, resultsDir), sweepFile, cells, unreadable);
  }

  private static boolean isCellFile(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && name.endsWith(".json") && Files.isRegularFile(file);
  }

  /** "line 3, column 14: Unexpected character ..." with the JSON path for a mapping error. */
  static String describe(JsonProcessingException e) {
    StringBuilder message = new StringBuilder();
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message.append("line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      message.append(message.length() > 0 ? ", " : "").append("at ").append(jsonPath(mapping));
    }
    String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    int newline = original.indexOf('\n');
    message.append(message.length() > 0 ? ": " : "").append(newline < 0 ? original : original.substring(0, newline));
    return message.toString();
  }

  private static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The cells' sweep name, else the sweep file's {@code name}, else the folder's name. */
  private static String sweepName(List<CellResult> cells, String sweepFile, Path resultsDir) {
    for (CellResult cell : cells) {
      if (cell.sweep() != null && !cell.sweep().isBlank()) {
        return cell.sweep();
      }
    }
    if (sweepFile != null) {
      try {
        JsonNode name = ResultJson.mapper().readTree(sweepFile).get("name");
        if (name != null && name.isTextual() && !name.asText().isBlank()) {
          return name.asText();
        }
      } catch (JsonProcessingException e) {
        // The file is still shown as written; the name falls back to the folder's.
      }
    }
    Path fileName = resultsDir.toAbsolutePath().normalize().getFileName();
    return fileName == null ? resultsDir.toString() : fileName.toString();
  }
}
