package org.hesstrucks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFolderTest {
  @TempDir
  Path dir;

  @Test
  @DisplayName("reads every cell, ignores dot files and non-JSON files, keeps the sweep file as written")
  void readsCells() throws IOException {
    TestCells.writeResults(dir, "{ \"name\": \"from-file\" }\n",
        List.of(TestCells.simple("gd", "q", 1), TestCells.simple("gd", "q", 2)));
    Files.writeString(dir.resolve("cells/.partial-123.json"), "{ half a file");
    Files.writeString(dir.resolve("cells/notes.txt"), "not a cell");

    ReportData data = ResultsFolder.read(dir);

    assertEquals(2, data.cells().size());
    assertEquals(List.of(), data.unreadable());
    assertEquals("{ \"name\": \"from-file\" }\n", data.sweepFile());
    assertEquals("simple", data.sweepName());
  }

  @Test
  @DisplayName("an unparseable cell file is listed with its name, line and column, and does not stop the others")
  void unparseableCellIsListed() throws IOException {
    TestCells.writeResults(dir, null, List.of(TestCells.simple("gd", "q", 1)));
    Files.writeString(dir.resolve("cells/broken.json"), "{\n  \"schemaVersion\": 1,\n  \"sweep\": oops\n}\n");
    Files.writeString(dir.resolve("cells/wrong-type.json"), "{\n  \"spec\": {\"seed\": \"not a number\"}\n}\n");
    Files.writeString(dir.resolve("cells/no-spec.json"), "{\"status\": \"converged\"}");

    ReportData data = ResultsFolder.read(dir);

    assertEquals(1, data.cells().size());
    assertEquals(List.of("broken.json", "no-spec.json", "wrong-type.json"),
        data.unreadable().stream().map(UnreadableFile::fileName).toList());
    String broken = data.unreadable().get(0).error();
    assertTrue(broken.startsWith("line 3, column "), broken);
    assertTrue(broken.contains("Unrecognized token 'oops'"), broken);
    assertEquals("the cell result has no \"spec\"", data.unreadable().get(1).error());
    String wrongType = data.unreadable().get(2).error();
    assertTrue(wrongType.startsWith("line 2, column "), wrongType);
    assertTrue(wrongType.contains("at $.spec.seed"), wrongType);
  }

  @Test
  @DisplayName("a folder without cells/ or sweep.json reads as empty; the name falls back to the folder's")
  void emptyFolder() throws IOException {
    Path results = Files.createDirectories(dir.resolve("my-sweep"));

    ReportData data = ResultsFolder.read(results);

    assertEquals(List.of(), data.cells());
    assertNull(data.sweepFile());
    assertEquals("my-sweep", data.sweepName());
  }

  @Test
  @DisplayName("the sweep file's name is used when no cell names the sweep")
  void sweepNameFromSweepFile() throws IOException {
    TestCells.writeResults(dir, "{\"name\": \"from-file\"}", List.of());
    assertEquals("from-file", ResultsFolder.read(dir).sweepName());
  }

  @Test
  @DisplayName("a results folder that does not exist is an IOException naming the path")
  void missingFolder() {
    Path missing = dir.resolve("no-such-results");
    IOException e = assertThrows(IOException.class, () -> ResultsFolder.read(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }
}
