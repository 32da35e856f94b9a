package org.hesstrucks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.SweepException;
import org.hesstrucks.harness.sweep.SweepFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SweepCompilerTest {
  private static final String MODEL = "{'id': 'quadratic', 'dimension': 10}";

  private static List<String> problems(String json) {
    return assertThrows(SweepException.class, () -> Sweeps.compile(json)).problems();
  }

  @Test
  @DisplayName("arrays in plugin blocks are grid axes, crossed with optimizers and seeds")
  void expandsAxes() {
    CompiledSweep sweep = Sweeps.compile("{'seeds': [1, 2], 'optimizers': [{'id': 'gd'}, {'id': 'gd', 'warmStartGrowth': 2.0}],"
        + " 'models': [{'id': 'quadratic', 'dimension': 10, 'conditionNumber': [10, 100, 1000]}]}");
    assertEquals(2 * 3 * 2, sweep.cells().size());
    assertEquals(List.of("model.conditionNumber", "seed"), List.copyOf(sweep.axes().keySet()));
    assertEquals("[10, 100, 1000]", sweep.axes().get("model.conditionNumber").toString());
    assertEquals(List.of("gd", "gd warmStartGrowth=2.0"),
        sweep.cells().stream().map(c -> c.spec().optimizerLabel()).distinct().toList());
    assertEquals(List.of("quadratic dimension=10 conditionNumber=10", "quadratic dimension=10 conditionNumber=100",
            "quadratic dimension=10 conditionNumber=1000"),
        sweep.cells().stream().map(c -> c.spec().problemLabel()).distinct().toList());
    Cell first = sweep.cells().get(0);
    assertEquals(10, first.spec().model().get("conditionNumber").asInt());
    assertEquals(Map.of("model.conditionNumber", "10"), first.spec().axes().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())));
    assertEquals(sweep.cells().size(), sweep.cells().stream().map(Cell::id).distinct().count(), "cell ids are unique");
  }

  @Test
  @DisplayName("nested line-search options and nested records expand; a List component is one value, not an axis")
  void nestedAxesAndListsThatAreNotAxes() {
    CompiledSweep sweep = Sweeps.compile("{'optimizers': [{'id': 'fixture-lists', 'widths': [256, 128],"
        + " 'memory': [5, 10], 'schedule': {'decay': [0.1, 0.2]},"
        + " 'lineSearch': {'id': 'backtracking', 'shrink': [0.3, 0.5]}}], 'models': [" + MODEL + "]}");
    assertEquals(8, sweep.cells().size());
    assertEquals(List.of("optimizer.memory", "optimizer.schedule.decay", "optimizer.lineSearch.shrink"),
        List.copyOf(sweep.axes().keySet()));
    for (Cell cell : sweep.cells()) {
      assertEquals("[256,128]", cell.spec().optimizer().get("widths").toString());
    }
    assertEquals("fixture-lists widths=[256,128] memory=5 schedule.decay=0.1 lineSearch=backtracking lineSearch.shrink=0.3",
        sweep.cells().get(0).spec().optimizerLabel());
  }

  @Test
  @DisplayName("an explicit label is kept, with the axis values appended")
  void explicitLabel() {
    CompiledSweep sweep = Sweeps.compile("{'optimizers': [{'id': 'gd', 'label': 'GD (Armijo)',"
        + " 'lineSearch': {'id': 'backtracking', 'shrink': [0.3, 0.5]}}], 'models': [" + MODEL + "]}");
    assertEquals(List.of("GD (Armijo) lineSearch.shrink=0.3", "GD (Armijo) lineSearch.shrink=0.5"),
        sweep.cells().stream().map(c -> c.spec().optimizerLabel()).toList());
  }

  @Test
  @DisplayName("the cell key depends on what determines the result, not on labels")
  void cellKeys() {
    String a = Sweeps.compile("{'optimizers': [{'id': 'gd'}], 'models': [" + MODEL + "]}").cells().get(0).id();
    String labelled = Sweeps.compile("{'optimizers': [{'id': 'gd', 'label': 'x'}], 'models': [" + MODEL + "]}")
        .cells().get(0).id();
    String reordered = Sweeps.compile("{'models': [{'dimension': 10, 'id': 'quadratic'}], 'optimizers': [{'id': 'gd'}]}")
        .cells().get(0).id();
    String otherSeed = Sweeps.compile("{'seeds': [2], 'optimizers': [{'id': 'gd'}], 'models': [" + MODEL + "]}")
        .cells().get(0).id();
    String otherBudget = Sweeps.compile("{'budget': {'iterations': 7}, 'optimizers': [{'id': 'gd'}], 'models': ["
        + MODEL + "]}").cells().get(0).id();
    assertEquals(a, labelled);
    assertEquals(a, reordered);
    assertNotEquals(a, otherSeed);
    assertNotEquals(a, otherBudget);
    assertTrue(a.matches("[0-9a-f]{20}"), a);
  }

  @Test
  @DisplayName("defaults: seed 1, full batch, 1000 iterations, checkpoint every iteration, name from the file")
  void defaults() {
    CompiledSweep sweep = Sweeps.compile("{'optimizers': [{'id': 'gd'}], 'models': [" + MODEL + "]}");
    Cell cell = sweep.cells().get(0);
    assertEquals("sweep", sweep.name());
    assertEquals(1, cell.spec().seed());
    assertEquals(0, cell.spec().batchSize());
    assertEquals(1000L, cell.spec().budget().iterations());
    assertEquals(1, cell.spec().evaluateEvery());
    assertEquals(1e6, cell.spec().stopping().divergenceFactor());
  }

  @Test
  @DisplayName("YAML sweep files compile like JSON ones")
  void yaml() {
    var root = SweepFile.parse("name: yaml-sweep\nseeds: [3]\noptimizers:\n  - id: gd\nmodels:\n  - id: quadratic\n"
        + "    dimension: 5\n    conditionNumber: [2, 4]\n", "sweep.yaml", true);
    CompiledSweep sweep = Sweeps.compiler().compile(root, "sweep.yaml", "sweep");
    assertEquals("yaml-sweep", sweep.name());
    assertEquals(2, sweep.cells().size());
  }

  // ---- bad input: each refused before anything runs, with the file and the JSON path ----

  @Test
  @DisplayName("a JSON syntax error names the file, line and column")
  void syntaxError() {
    SweepException e = assertThrows(SweepException.class,
        () -> SweepFile.parse("{\n  \"optimizers\": [\n    {\"id\": \"gd\",}\n  ]\n}", "sweep.json", false));
    assertEquals("sweep.json: line 3, column 17: not valid JSON: Unexpected character ('}' (code 125)): "
        + "was expecting double-quote to start field name", e.getMessage());
  }

  @Test
  @DisplayName("a YAML syntax error names the file, line and column")
  void yamlSyntaxError() {
    SweepException e = assertThrows(SweepException.class,
        () -> SweepFile.parse("optimizers:\n  - id: gd\n   bad: [\n", "sweep.yaml", true));
    assertTrue(e.getMessage().startsWith("sweep.yaml: line 3, column "), e.getMessage());
  }

  @Test
  @DisplayName("a YAML alias is refused with its line (the tree reader would read it as the anchor's name)")
  void yamlAlias() {
    SweepException e = assertThrows(SweepException.class, () -> SweepFile.parse(
        "optimizers:\n  - &base {id: gd}\n  - *base\nmodels:\n  - id: quadratic\n", "sweep.yaml", true));
    assertEquals("sweep.yaml: line 3, column 5: YAML aliases are not supported (*base): write the value out in full",
        e.getMessage());
  }

  @Test
  @DisplayName("a log tuning grid spanning 310 decades stays finite; more than 1,000 candidates are refused")
  void tuneGrids() {
    CompiledSweep wide = Sweeps.compile("{'optimizers': [{'id': 'gd', 'lineSearch': {'id': 'backtracking'}, 'tune': {'lineSearch.initialStep': {'from': 1e-10, 'to': "
        + "1e300, 'points': 3}}}], 'models': [" + MODEL + "]}");
    assertEquals(1, wide.units().size());
    assertTrue(problems("{'optimizers': [{'id': 'gd', 'lineSearch': {'id': 'backtracking'}, 'tune': {'lineSearch.initialStep': {'from': 0.01, 'to': 0.1, 'points': "
        + "100000000}}}], 'models': [" + MODEL + "]}").get(0).endsWith(".points: expected at most 1000 candidates "
        + "(each is a run), got 100000000"));
  }

  @Test
  @DisplayName("a grid axis or batch-size list that repeats a value is refused (its cells would run twice, alike)")
  void repeatedAxisValues() {
    assertEquals(List.of("sweep.json: $.models[0].conditionNumber: expected distinct values in a grid axis, got "
        + "[10,10]"), problems("{'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', 'dimension': 5, "
        + "'conditionNumber': [10, 10]}]}"));
    assertEquals(List.of("sweep.json: $.models[0].conditionNumber: expected distinct values in a grid axis, got "
        + "[10,10.0]"), problems("{'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', 'dimension': 5, "
        + "'conditionNumber': [10, 10.0]}]}"));
    assertEquals(List.of("sweep.json: $.batchSize: expected distinct batch sizes, got [\"full\",\"full\"]"),
        problems("{'batchSize': ['full', 'full'], 'optimizers': [{'id': 'gd'}], 'models': [" + MODEL + "]}"));
  }

  @Test
  @DisplayName("an unknown field at the top level lists the known ones")
  void unknownTopLevelField() {
    assertEquals(List.of("sweep.json: $.sead: expected one of the fields batchSize, budget, costWeights, datasets, "
            + "description, evaluateEvery, models, name, optimizers, probes, seeds, stopping, swag, tuning, got unknown "
            + "field 'sead'"),
        problems("{'sead': [1], 'optimizers': [{'id': 'gd'}], 'models': [" + MODEL + "]}"));
  }

  @Test
  @DisplayName("an unknown field in a plugin block names its path and the plugin's fields")
  void unknownPluginField() {
    assertEquals(List.of("sweep.json: $.optimizers[0].warmstart: expected one of the fields lineSearch, "
            + "onLineSearchFailure, warmStartGrowth, got unknown field 'warmstart'"),
        problems("{'optimizers': [{'id': 'gd', 'warmstart': 2}], 'models': [" + MODEL + "]}"));
  }

  @Test
  @DisplayName("a wrong type names the path, the expected type and the value")
  void wrongType() {
    assertEquals(List.of("sweep.json: $.models[0].dimension: expected an integer, got 'ten'"),
        problems("{'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', 'dimension': 'ten'}]}"));
  }

  @Test
  @DisplayName("a value the plugin's config refuses names the path and the expectation")
  void invalidValue() {
    assertEquals(List.of("sweep.json: $.optimizers[0].lineSearch.shrink: expected a number in (0, 1), got 1.5"),
        problems("{'optimizers': [{'id': 'gd', 'lineSearch': {'id': 'backtracking', 'shrink': 1.5}}], 'models': ["
            + MODEL + "]}"));
  }

  @Test
  @DisplayName("a missing id and an unknown id are refused with the known ids")
  void missingAndUnknownIds() {
    assertEquals(List.of(
            "sweep.json: $.optimizers[0].id: expected the id of an optimizer plugin (known: fixture-explodes, "
                + "fixture-lists, fixture-throws, gd), got nothing",
            "sweep.json: $.models[0].id: unknown model 'quadratik'; known: fixture-softmax, quadratic (did you mean 'quadratic'?)"),
        problems("{'optimizers': [{'memory': 3}], 'models': [{'id': 'quadratik'}]}"));
  }

  @Test
  @DisplayName("an unknown line-search id inside an optimizer names the known line searches")
  void unknownLineSearch() {
    assertEquals(List.of("sweep.json: $.optimizers[0].lineSearch.id: expected a known line search, got unknown "
            + "line-search 'wolfe'; known: backtracking, strong-wolfe"),
        problems("{'optimizers': [{'id': 'gd', 'lineSearch': {'id': 'wolfe'}}], 'models': [" + MODEL + "]}"));
  }

  @Test
  @DisplayName("empty grids, empty axes, bad seeds, bad batch sizes, bad budgets and bad names are refused")
  void badHarnessFields() {
    assertEquals(List.of("sweep.json: $.optimizers: expected at least one optimizer block (an object with an \"id\"), got none"),
        problems("{'optimizers': [], 'models': [" + MODEL + "]}"));
    assertEquals(List.of("sweep.json: $.models[0].conditionNumber: expected a non-empty list of values (a grid axis), got []"),
        problems("{'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', 'conditionNumber': []}]}"));
    assertEquals(List.of("sweep.json: $.seeds[1]: expected an integer, got 'two'"),
        problems("{'seeds': [1, 'two'], 'optimizers': [{'id': 'gd'}], 'models': [" + MODEL + "]}"));
    assertEquals(List.of("sweep.json: $.seeds[0]: expected an integer, got 1.5"),
        problems("{'seeds': [1.5], 'optimizers': [{'id': 'gd'}], 'models': [" + MODEL + "]}"));
    assertEquals(List.of("sweep.json: $.seeds: expected distinct seeds, got [1, 1]"),
        problems("{'seeds': [1, 1], 'optimizers': [{'id': 'gd'}], 'models': [" + MODEL + "]}"));
    assertEquals(List.of("sweep.json: $.batchSize[1]: expected a positive integer or \"full\", got -4"),
        problems("{'batchSize': [64, -4], 'optimizers': [{'id': 'gd'}], 'models': [" + MODEL + "]}"));
    assertEquals(List.of("sweep.json: $.budget.iterations: expected a positive integer, got 0"),
        problems("{'budget': {'iterations': 0}, 'optimizers': [{'id': 'gd'}], 'models': [" + MODEL + "]}"));
    assertEquals(List.of("sweep.json: $.budget: expected at least one of iterations, epochs, "
            + "gradientEquivalents, seconds, got none"),
        problems("{'budget': {}, 'optimizers': [{'id': 'gd'}], 'models': [" + MODEL + "]}"));
    assertEquals(List.of("sweep.json: $.name: expected letters, digits, '.', '_' or '-' (it names the results folder), "
            + "got '../escape'"),
        problems("{'name': '../escape', 'optimizers': [{'id': 'gd'}], 'models': [" + MODEL + "]}"));
  }

  @Test
  @DisplayName("every problem in a file is reported at once")
  void allProblemsAtOnce() {
    List<String> problems = problems("{'seeds': [1, 1], 'optimizers': [{'id': 'gdd'}], 'models': [{'id': 'quadratic',"
        + " 'dimension': 0}]}");
    assertEquals(3, problems.size(), problems.toString());
  }
}
