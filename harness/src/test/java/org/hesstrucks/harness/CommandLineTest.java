package org.hesstrucks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hesstrucks.harness.cli.HessTrucksCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir
  Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = HessTrucksCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Outcome(code, out.toString(), err.toString());
  }

  private Path sweep(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json.replace('\'', '"'));
    return file;
  }

  @Test
  @DisplayName("plugins lists gd, quadratic and backtracking with their versions")
  void plugins() {
    Outcome outcome = execute("plugins");
    assertEquals(0, outcome.code(), outcome.err());
    assertTrue(outcome.out().lines().anyMatch(l -> l.matches("optimizer\\s+gd\\s+0\\.1\\.0-SNAPSHOT\\s+.*")), outcome.out());
    assertTrue(outcome.out().lines().anyMatch(l -> l.matches("model\\s+quadratic\\s+0\\.1\\.0-SNAPSHOT\\s+.*")), outcome.out());
    assertTrue(outcome.out().lines().anyMatch(l -> l.matches("line-search\\s+backtracking\\s+1\\.0\\.0-SNAPSHOT\\s+.*")),
        outcome.out());
  }

  @Test
  @DisplayName("validate prints the cell count and the axes, and runs nothing")
  void validate() throws IOException {
    Path file = sweep("grid.json", "{'seeds': [1, 2], 'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic',"
        + " 'conditionNumber': [10, 100]}]}");
    Outcome outcome = execute("validate", file.toString());
    assertEquals(0, outcome.code(), outcome.err());
    assertTrue(outcome.out().contains("cells: 4\n"), outcome.out());
    assertTrue(outcome.out().contains("  model.conditionNumber (2): 10, 100\n"), outcome.out());
    assertTrue(outcome.out().contains("  seed (2): 1, 2\n"), outcome.out());
    assertTrue(Files.notExists(dir.resolve("results")));
  }

  @Test
  @DisplayName("a worker heap below 16m or above the machine's memory exits 2 before anything runs")
  void heapBounds() throws IOException {
    Path file = sweep("ok.json", "{'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic'}]}");
    Outcome small = execute("run", file.toString(), "--heap", "1k", "-o", dir.resolve("out").toString());
    assertEquals(2, small.code());
    assertTrue(small.err().startsWith("--heap: expected at least 16m (a worker JVM needs that much to start), got '1k'"),
        small.err());
    Outcome huge = execute("run", file.toString(), "--heap", "99999g", "-o", dir.resolve("out").toString());
    assertEquals(2, huge.code());
    assertTrue(huge.err().startsWith("--heap: expected at most this machine's memory, "), huge.err());
    Outcome wrapped = execute("run", file.toString(), "--heap", "999999999999g", "-o", dir.resolve("out").toString());
    assertEquals(2, wrapped.code(), "2⁶⁹ bytes must not wrap into range: " + wrapped.err());
    assertTrue(Files.notExists(dir.resolve("out")), "nothing ran");
  }

  @Test
  @DisplayName("report: a folder that is not a results folder exits 2; a truncated cell file is a warning on stderr")
  void reportInput() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("not-results"));
    Outcome refused = execute("report", empty.toString());
    assertEquals(2, refused.code());
    assertEquals("error: " + empty + ": expected a results folder (with cells/ and sweep.json, as run writes), got a "
        + "folder without either\n", refused.err());
    assertTrue(Files.notExists(empty.resolve("report.html")));
    Path file = sweep("ok.json", "{'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', 'dimension': 5}], "
        + "'budget': {'iterations': 3}}");
    Path results = dir.resolve("res");
    assertEquals(0, execute("run", file.toString(), "--in-process", "-o", results.toString()).code());
    Path cell;
    try (var cells = Files.list(results.resolve("cells"))) {
      cell = cells.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(cell);
    Files.write(cell, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Path folder = Files.createDirectory(dir.resolve("a-folder"));
    Outcome intoFolder = execute("report", results.toString(), "-o", folder.toString());
    assertEquals(2, intoFolder.code());
    assertTrue(intoFolder.err().endsWith("error: " + folder + ": expected a file path for the report, got a folder\n"),
        intoFolder.err());
    Path edited = sweep("ok2.json", "{'name': 'ok', 'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', "
        + "'dimension': 6}], 'budget': {'iterations': 3}}");
    Outcome other = execute("run", edited.toString(), "--in-process", "-o", results.toString());
    assertTrue(other.err().contains("warning: " + results + " holds the cells of a sweep whose file differs from "
        + edited), other.err());
    Outcome report = execute("report", results.toString());
    assertEquals(0, report.code(), report.err());
    assertTrue(report.err().startsWith("warning: " + cell + ": "), report.err());
    assertTrue(report.err().trim().endsWith("(listed in the report; the other cells are in it)"), report.err());
    assertTrue(Files.exists(results.resolve("report.html")));
  }

  @Test
  @DisplayName("a bad sweep file exits 2 with one line per problem, naming the file and path, and no stack trace")
  void badSweep() throws IOException {
    Path file = sweep("bad.json", "{'optimizers': [{'id': 'lbgfs'}], 'models': [{'id': 'quadratic'}]}");
    Outcome outcome = execute("run", file.toString(), "-o", dir.resolve("out").toString());
    assertEquals(2, outcome.code());
    assertEquals("error: " + file + ": $.optimizers[0].id: unknown optimizer 'lbgfs'; known: fixture-explodes, "
        + "fixture-lists, fixture-throws, gd; a plugin of your own is found when its jar is in the folder given with "
        + "--plugins\n", outcome.err());
    assertTrue(Files.notExists(dir.resolve("out")), "nothing ran");
  }

  @Test
  @DisplayName("a missing sweep file exits 2 naming it")
  void missingFile() {
    Outcome outcome = execute("validate", dir.resolve("nope.json").toString());
    assertEquals(2, outcome.code());
    assertEquals("error: " + dir.resolve("nope.json") + ": no such file\n", outcome.err());
  }

  @Test
  @DisplayName("run writes one result per cell and the report, and prints the report's path last")
  void run() throws IOException {
    Path file = sweep("small.json", "{'name': 'small', 'budget': {'iterations': 20}, 'seeds': [1, 2],"
        + " 'optimizers': [{'id': 'gd'}, {'id': 'fixture-throws'}], 'models': [{'id': 'quadratic', 'dimension': 5}]}");
    Path out = dir.resolve("results");
    Outcome outcome = execute("run", file.toString(), "-o", out.toString());
    assertEquals(3, outcome.code(), "cells in error give exit code 3: " + outcome.err());
    String[] lines = outcome.out().split("\n");
    assertEquals(out.resolve("report.html").toAbsolutePath().toString(), lines[lines.length - 1]);
    assertTrue(Files.size(out.resolve("report.html")) > 100_000, "ECharts is inlined");
    try (var cells = Files.list(out.resolve("cells"))) {
      assertEquals(4, cells.count());
    }
    assertTrue(outcome.out().contains("done: 4 cells run (2 budget, 2 error), 0 skipped; report:"), outcome.out());
    Outcome again = execute("run", file.toString(), "-o", out.toString());
    assertTrue(again.out().contains("done: 0 cells run (no cells run), 4 skipped; report:"), again.out());
    assertEquals(3, again.code(), "the sweep still has cells in error: a rerun that skips them must not exit 0");
    assertEquals("warning: 2 skipped cell(s) ended in error in an earlier run; --retry-failed runs them again\n",
        again.err());
  }
}
