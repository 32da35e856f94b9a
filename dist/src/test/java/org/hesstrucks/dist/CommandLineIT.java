package org.hesstrucks.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution in real processes: bundled plugins, a third-party plugin through --plugins, bad input. */
class CommandLineIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path pluginsFolder() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    Files.copy(Cli.examplePluginJar(), plugins.resolve(Cli.examplePluginJar().getFileName()));
    return plugins;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text.replace('\'', '"'));
    return file;
  }

  @Test
  @DisplayName("plugins lists the bundled gd and quadratic with their versions and jars")
  void bundledPlugins() throws Exception {
    Cli.Outcome outcome = Cli.run(dir, "plugins");
    assertEquals(0, outcome.code(), outcome.err());
    assertTrue(outcome.out().lines().anyMatch(l -> l.matches("optimizer\\s+gd\\s+0\\.1\\.0-SNAPSHOT\\s+.*"
        + "hesstrucks-optimizer-gd-0\\.1\\.0-SNAPSHOT\\.jar")), outcome.out());
    assertTrue(outcome.out().lines().anyMatch(l -> l.matches("model\\s+quadratic\\s+0\\.1\\.0-SNAPSHOT\\s+.*"
        + "hesstrucks-model-quadratic-0\\.1\\.0-SNAPSHOT\\.jar")), outcome.out());
    assertFalse(outcome.out().contains("barzilai-borwein"), "the example is not bundled");
  }

  @Test
  @DisplayName("the example plugin dropped in --plugins is listed with its version and jar, exactly once")
  void examplePluginListed() throws Exception {
    Path plugins = pluginsFolder();
    Cli.Outcome outcome = Cli.run(dir, "plugins", "--plugins", plugins.toString());
    assertEquals(0, outcome.code(), outcome.err());
    List<String> lines = outcome.out().lines().filter(l -> l.contains("barzilai-borwein")).toList();
    assertEquals(1, lines.size(), outcome.out());
    assertTrue(lines.get(0).matches("optimizer\\s+barzilai-borwein\\s+1\\.0\\.0\\s+" + plugins.toRealPath()
        .resolve(Cli.examplePluginJar().getFileName()).toString().replace(".", "\\.")), lines.get(0));
    assertEquals(1, outcome.out().lines().filter(l -> l.matches("optimizer\\s+gd\\s.*")).count(),
        "a folder loader must not report the class path's plugins again");
  }

  @Test
  @DisplayName("the example plugin runs in a sweep beside gd; its version and telemetry reach the results")
  void examplePluginRuns() throws Exception {
    Path plugins = pluginsFolder();
    Path sweep = write("bb.json", "{'name': 'bb', 'seeds': [1, 2], 'budget': {'iterations': 5000},"
        + " 'stopping': {'gradientNorm': 1e-8}, 'optimizers': [{'id': 'barzilai-borwein'}, {'id': 'gd'}],"
        + " 'models': [{'id': 'quadratic', 'dimension': 200, 'conditionNumber': 100}]}");
    Cli.Outcome outcome = Cli.run(dir, "run", sweep.toString(), "--plugins", plugins.toString());
    assertEquals(0, outcome.code(), outcome.out() + outcome.err());
    Path report = Path.of(outcome.lastLine());
    assertEquals(dir.resolve("results/bb/report.html").toRealPath(), report.toRealPath());
    int bbCells = 0;
    try (Stream<Path> cells = Files.list(dir.resolve("results/bb/cells"))) {
      for (Path cell : cells.toList()) {
        JsonNode result = JSON.readTree(cell.toFile());
        assertEquals("converged", result.get("status").asText(), result.get("message").asText());
        if (result.at("/spec/optimizer/id").asText().equals("barzilai-borwein")) {
          bbCells++;
          assertEquals("1.0.0", result.at("/provenance/plugins/optimizer:barzilai-borwein").asText());
          assertTrue(result.at("/trace/telemetry").has("bb.step"));
          assertTrue(result.at("/summary/finalGradientNorm").asDouble() <= 1e-8);
        }
      }
    }
    assertEquals(2, bbCells);
    assertTrue(Files.readString(report).contains("bb.step"), "the report shows the plugin's own telemetry");
  }

  @Test
  @DisplayName("two plugins with one id are refused, naming both classes and jars")
  void duplicatePluginIds() throws Exception {
    Path plugins = Files.createDirectories(dir.resolve("dupes"));
    Files.copy(Cli.examplePluginJar(), plugins.resolve("a.jar"));
    Files.copy(Cli.examplePluginJar(), plugins.resolve("b.jar"));
    Cli.Outcome outcome = Cli.run(dir, "plugins", "--plugins", plugins.toString());
    assertEquals(2, outcome.code());
    assertEquals("error: two optimizer plugins have the id 'barzilai-borwein': "
        + "org.example.hesstrucks.bb.BarzilaiBorweinPlugin (" + plugins.resolve("a.jar") + ") and "
        + "org.example.hesstrucks.bb.BarzilaiBorweinPlugin (" + plugins.resolve("b.jar") + "); remove one of them\n",
        outcome.err());
  }

  @Test
  @DisplayName("a sweep file with an error is refused before anything runs: file, line and column, exit 2")
  void syntaxError() throws Exception {
    Path sweep = write("broken.json", "{'optimizers': [{'id': 'gd'}]\n 'models': []}");
    Cli.Outcome outcome = Cli.run(dir, "run", sweep.toString());
    assertEquals(2, outcome.code());
    assertEquals("error: " + sweep + ": line 2, column 2: not valid JSON: Unexpected character ('\"' (code 34)): "
        + "was expecting comma to separate Object entries\n", outcome.err());
    assertFalse(Files.exists(dir.resolve("results")));
  }

  @Test
  @DisplayName("validate accepts the bundled sweeps and the bundled experiment, and prints their grids")
  void bundledSweepsValidate() throws Exception {
    Cli.Outcome outcome = Cli.run(dir, "validate", Cli.REPOSITORY.resolve("sweeps/default.json").toString());
    assertEquals(0, outcome.code(), outcome.err());
    assertTrue(outcome.out().contains("cells: 144\n"), outcome.out());
    assertTrue(outcome.out().contains("  model.depth (3): 1, 2, 4\n"), outcome.out());
    assertTrue(outcome.out().contains("  batchSize (3): 64, 512, full\n"), outcome.out());
    Cli.Outcome quadratics = Cli.run(dir, "validate", Cli.REPOSITORY.resolve("sweeps/quadratics.json").toString());
    assertEquals(0, quadratics.code(), quadratics.err());
    assertTrue(quadratics.out().contains("cells: 24\n"), quadratics.out());
    assertTrue(quadratics.out().contains("  model.conditionNumber (3): 10, 100, 1000\n"), quadratics.out());
    Cli.Outcome experiment = Cli.run(dir, "validate", Cli.REPOSITORY.resolve("examples/hess-trucks.yaml").toString());
    assertEquals(0, experiment.code(), experiment.err());
    assertTrue(experiment.out().contains("cells: 72\n"), experiment.out());
    assertTrue(experiment.out().contains("  model.depth (3): 1, 2, 3\n"), experiment.out());
  }

  @Test
  @DisplayName("the sweep shown in the README validates")
  void readmeSweepValidates() throws Exception {
    String readme = Files.readString(Cli.REPOSITORY.resolve("README.md"));
    int start = readme.indexOf("```json\n") + "```json\n".length();
    Path sweep = dir.resolve("readme.json");
    Files.writeString(sweep, readme.substring(start, readme.indexOf("```", start)));
    Cli.Outcome outcome = Cli.run(dir, "validate", sweep.toString());
    assertEquals(0, outcome.code(), outcome.err());
    assertTrue(outcome.out().contains("sweep: depth-vs-batch\n"), outcome.out());
  }
}
