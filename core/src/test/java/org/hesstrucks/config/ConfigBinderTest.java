package org.hesstrucks.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.linesearch.BacktrackingConfig;
import org.hesstrucks.linesearch.BacktrackingLineSearch;
import org.hesstrucks.linesearch.LineSearch;
import org.hesstrucks.linesearch.LineSearchSpec;
import org.hesstrucks.plugin.PluginCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfigBinderTest {
  /** An optimizer-like config: boxed optional components defaulted in the compact constructor. */
  record DemoConfig(Double learningRate, Integer memory, Boolean verbose, String label, CurvatureMode curvature,
      List<Integer> widths, LineSearchSpec lineSearch) {
    DemoConfig {
      learningRate = learningRate == null ? 0.1 : ConfigException.requirePositive("learningRate", learningRate);
      memory = memory == null ? 10 : ConfigException.requirePositive("memory", memory);
      verbose = verbose != null && verbose;
      label = label == null ? "demo" : label;
      curvature = curvature == null ? CurvatureMode.EXACT : curvature;
      widths = widths == null ? List.of(8) : List.copyOf(widths);
      lineSearch = lineSearch == null ? LineSearchSpec.backtracking() : lineSearch;
    }
  }

  record InnerConfig(Double rate) {
    InnerConfig {
      rate = rate == null ? 1.0 : ConfigException.requirePositive("rate", rate);
    }
  }

  record OuterConfig(InnerConfig inner, List<InnerConfig> stages) {}

  record PrimitiveConfig(int count, double rate) {}

  private static final String DEMO_FIELDS = "curvature, label, learningRate, lineSearch, memory, verbose, widths";

  private static PluginCatalog catalog;

  @BeforeAll
  static void discover() {
    catalog = PluginCatalog.discoverClassPath();
  }

  /** JSON with single quotes for readability. */
  private static JsonNode json(String text) {
    try {
      return ConfigBinder.mapper().readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static ConfigException bindFails(String block, Class<? extends Record> type, String path) {
    return assertThrows(ConfigException.class, () -> ConfigBinder.bind(json(block), type, path));
  }

  @Test
  @DisplayName("omitted fields get the record's defaults, not 0 or null; the id is ignored; the block is untouched")
  void boxedDefaults() {
    JsonNode block = json("{'id': 'demo', 'memory': 5}");
    DemoConfig config = ConfigBinder.bind(block, DemoConfig.class, "$.optimizers[0]");
    assertEquals(new DemoConfig(0.1, 5, false, "demo", CurvatureMode.EXACT, List.of(8), LineSearchSpec.backtracking()),
        config);
    assertEquals(json("{'id': 'demo', 'memory': 5}"), block);

    DemoConfig defaults = new DemoConfig(null, null, null, null, null, null, null);
    assertEquals(defaults, ConfigBinder.bind(null, DemoConfig.class, "$.optimizers[0]"));
    assertEquals(defaults, ConfigBinder.bind(json("null"), DemoConfig.class, "$.optimizers[0]"));
    assertEquals(defaults, ConfigBinder.bind(json("{}"), DemoConfig.class, "$.optimizers[0]"));
  }

  @Test
  @DisplayName("every kind of value binds: integer for a Double, enum by kebab id, lists, nested line search")
  void fullBinding() {
    DemoConfig config = ConfigBinder.bind(json("{'learningRate': 1, 'memory': 3, 'verbose': true, 'label': 'x',"
        + " 'curvature': 'gauss-newton', 'widths': [4, 2], 'lineSearch': {'id': 'backtracking'}}"),
        DemoConfig.class, "$.optimizers[0]");
    assertEquals(new DemoConfig(1.0, 3, true, "x", CurvatureMode.GAUSS_NEWTON, List.of(4, 2),
        LineSearchSpec.backtracking()), config);
  }

  @Test
  @DisplayName("an unknown field names its JSON path and lists the known fields")
  void unknownField() {
    ConfigException e = bindFails("{'id': 'demo', 'learningRate': 0.5, 'memroy': 5}", DemoConfig.class,
        "$.optimizers[1]");
    assertEquals("$.optimizers[1].memroy", e.field());
    assertEquals("$.optimizers[1].memroy: expected one of the fields " + DEMO_FIELDS + ", got unknown field 'memroy'",
        e.getMessage());
  }

  @Test
  @DisplayName("a string where a Double is expected is refused with the JSON path: 'abc' and even '1'")
  void stringForNumber() {
    ConfigException abc = bindFails("{'learningRate': 'abc'}", DemoConfig.class, "$.optimizers[1]");
    assertEquals("$.optimizers[1].learningRate", abc.field());
    assertEquals("$.optimizers[1].learningRate: expected a number, got 'abc'", abc.getMessage());
    ConfigException one = bindFails("{'learningRate': '1'}", DemoConfig.class, "$.optimizers[1]");
    assertEquals("$.optimizers[1].learningRate: expected a number, got '1'", one.getMessage());
    ConfigException integer = bindFails("{'memory': '5'}", DemoConfig.class, "$.optimizers[1]");
    assertEquals("$.optimizers[1].memory: expected an integer, got '5'", integer.getMessage());
  }

  @Test
  @DisplayName("a fractional number for an Integer is refused, not truncated: memory 1.5")
  void fractionForInteger() {
    ConfigException e = bindFails("{'memory': 1.5}", DemoConfig.class, "$.optimizers[1]");
    assertEquals("$.optimizers[1].memory", e.field());
    assertEquals("$.optimizers[1].memory: expected an integer, got 1.5", e.getMessage());
    ConfigException whole = bindFails("{'memory': 2.0}", DemoConfig.class, "$.optimizers[1]");
    assertEquals("$.optimizers[1].memory: expected an integer, got 2.0", whole.getMessage());
  }

  @Test
  @DisplayName("booleans are not coerced from strings or numbers, nor numbers from booleans")
  void booleansNotCoerced() {
    assertEquals("$.optimizers[0].verbose: expected true or false, got 'true'",
        bindFails("{'verbose': 'true'}", DemoConfig.class, "$.optimizers[0]").getMessage());
    assertEquals("$.optimizers[0].verbose",
        bindFails("{'verbose': 1}", DemoConfig.class, "$.optimizers[0]").field());
    assertEquals("$.optimizers[0].learningRate",
        bindFails("{'learningRate': true}", DemoConfig.class, "$.optimizers[0]").field());
  }

  @Test
  @DisplayName("a bad list element is reported with its index in the path")
  void listElementPath() {
    ConfigException e = bindFails("{'widths': [8, 'x']}", DemoConfig.class, "$.optimizers[0]");
    assertEquals("$.optimizers[0].widths[1]", e.field());
    assertEquals("$.optimizers[0].widths[1]: expected an integer, got 'x'", e.getMessage());
  }

  @Test
  @DisplayName("an unknown enum value names the path and the known kebab-case ids")
  void unknownEnumValue() {
    ConfigException e = bindFails("{'curvature': 'hessian'}", DemoConfig.class, "$.optimizers[0]");
    assertEquals("$.optimizers[0].curvature", e.field());
    assertEquals("$.optimizers[0].curvature: expected one of exact, gauss-newton, forward-difference, "
        + "central-difference, got 'hessian'", e.getMessage());
  }

  @Test
  @DisplayName("a ConfigException from a compact constructor comes out with the JSON path prefixed")
  void compactConstructorErrorGetsPath() {
    ConfigException e = bindFails("{'id': 'backtracking', 'shrink': 1.5}", BacktrackingConfig.class,
        "$.optimizers[0]");
    assertEquals("$.optimizers[0].shrink", e.field());
    assertEquals("$.optimizers[0].shrink: expected a number in (0, 1), got 1.5", e.getMessage());
    assertEquals("a number in (0, 1)", e.expected());
    assertEquals("1.5", e.actual());
  }

  @Test
  @DisplayName("a compact-constructor error in a nested record or list element keeps the full path")
  void nestedCompactConstructorErrorGetsFullPath() {
    ConfigException inner = bindFails("{'inner': {'rate': -1}}", OuterConfig.class, "$.optimizers[0]");
    assertEquals("$.optimizers[0].inner.rate", inner.field());
    assertEquals("$.optimizers[0].inner.rate: expected a positive finite number, got -1", inner.getMessage());
    ConfigException element = bindFails("{'stages': [{'rate': 1}, {'rate': 0}]}", OuterConfig.class,
        "$.optimizers[0]");
    assertEquals("$.optimizers[0].stages[1].rate", element.field());
  }

  @Test
  @DisplayName("null for a primitive component is refused with the path")
  void nullForPrimitive() {
    ConfigException e = bindFails("{'count': null, 'rate': 1}", PrimitiveConfig.class, "$.model");
    assertEquals("$.model.count", e.field());
    assertEquals("$.model.count: expected an integer, got null", e.getMessage());
  }

  @Test
  @DisplayName("a block that is not an object is refused naming what it is")
  void notAnObject() {
    ConfigException e = bindFails("[1, 2]", DemoConfig.class, "$.optimizers[2]");
    assertEquals("$.optimizers[2]: expected an object, got array", e.getMessage());
    assertEquals("$.optimizers[2]: expected an object, got string",
        bindFails("'gd'", DemoConfig.class, "$.optimizers[2]").getMessage());
  }

  @Test
  @DisplayName("nested lineSearch options bind flat and create a BacktrackingLineSearch with shrink 0.3")
  void nestedLineSearch() {
    DemoConfig config = ConfigBinder.bind(json("{'lineSearch': {'id': 'backtracking', 'shrink': 0.3}}"),
        DemoConfig.class, "$.optimizers[0]");
    assertEquals("backtracking", config.lineSearch().id());
    assertEquals(Map.of("shrink", 0.3), config.lineSearch().options());
    LineSearch search = ConfigBinder.lineSearch(catalog, config.lineSearch(), "$.optimizers[0].lineSearch");
    BacktrackingLineSearch backtracking = assertInstanceOf(BacktrackingLineSearch.class, search);
    assertEquals(new BacktrackingConfig(null, 0.3, null, null), backtracking.config());
    assertEquals(1.0, backtracking.config().initialStep(), 0);
  }

  @Test
  @DisplayName("a bad nested option is reported at $.optimizers[0].lineSearch.shrink")
  void badNestedOption() {
    DemoConfig config = ConfigBinder.bind(json("{'lineSearch': {'id': 'backtracking', 'shrink': 1.5}}"),
        DemoConfig.class, "$.optimizers[0]");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigBinder.lineSearch(catalog, config.lineSearch(), "$.optimizers[0].lineSearch"));
    assertEquals("$.optimizers[0].lineSearch.shrink", e.field());
    assertEquals("$.optimizers[0].lineSearch.shrink: expected a number in (0, 1), got 1.5", e.getMessage());
  }

  @Test
  @DisplayName("nested options are bound by the same rules: unknown fields and quoted numbers are refused")
  void nestedOptionsFollowTheRules() {
    LineSearchSpec misspelt = LineSearchSpec.of("backtracking", Map.of("shrnk", 0.3));
    ConfigException unknown = assertThrows(ConfigException.class,
        () -> ConfigBinder.lineSearch(catalog, misspelt, "$.optimizers[0].lineSearch"));
    assertEquals("$.optimizers[0].lineSearch.shrnk: expected one of the fields initialStep, maxReductions, shrink,"
        + " sufficientDecrease, got unknown field 'shrnk'", unknown.getMessage());
    LineSearchSpec quoted = LineSearchSpec.of("backtracking", Map.of("shrink", "0.3"));
    ConfigException string = assertThrows(ConfigException.class,
        () -> ConfigBinder.lineSearch(catalog, quoted, "$.optimizers[0].lineSearch"));
    assertEquals("$.optimizers[0].lineSearch.shrink: expected a number, got '0.3'", string.getMessage());
  }

  @Test
  @DisplayName("an unknown line-search id is reported at .id and names the known ids and the closest")
  void unknownLineSearchId() {
    LineSearchSpec spec = new LineSearchSpec("backtraking");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigBinder.lineSearch(catalog, spec, "$.optimizers[0].lineSearch"));
    assertEquals("$.optimizers[0].lineSearch.id", e.field());
    assertEquals("$.optimizers[0].lineSearch.id: expected a known line search, got unknown line-search 'backtraking';"
        + " known: backtracking, strong-wolfe (did you mean 'backtracking'?)", e.getMessage());
  }

  @Test
  @DisplayName("a lineSearch block without an id is refused with a path inside the block")
  void lineSearchWithoutId() {
    ConfigException e = bindFails("{'lineSearch': {'shrink': 0.3}}", DemoConfig.class, "$.optimizers[0]");
    assertEquals("$.optimizers[0].lineSearch.id: expected the id of a line search, such as \"backtracking\" or "
        + "\"strong-wolfe\", got nothing", e.getMessage());
  }

  @Test
  @DisplayName("an omitted primitive component is refused, not silently 0")
  void absentPrimitive() {
    ConfigException e = bindFails("{'rate': 1}", PrimitiveConfig.class, "$.model");
    assertEquals("$.model.count: expected an integer, got nothing", e.getMessage());
  }

  @Test
  @DisplayName("an integer too large for an Integer is refused at its path, not wrapped around")
  void integerOverflow() {
    ConfigException e = bindFails("{'memory': 3000000000}", DemoConfig.class, "$.optimizers[0]");
    assertEquals("$.optimizers[0].memory", e.field());
    assertTrue(e.getMessage().contains("3000000000"), e.getMessage());
  }

  @Test
  @DisplayName("the mapper is shared and LineSearchSpec writes back flat")
  void lineSearchSpecWritesFlat() throws Exception {
    assertSame(ConfigBinder.mapper(), ConfigBinder.mapper());
    LineSearchSpec spec = LineSearchSpec.of("backtracking", Map.of("shrink", 0.3));
    assertEquals("{\"id\":\"backtracking\",\"shrink\":0.3}", ConfigBinder.mapper().writeValueAsString(spec));
    assertEquals(spec, ConfigBinder.mapper().readValue("{\"id\":\"backtracking\",\"shrink\":0.3}",
        LineSearchSpec.class));
  }

  /** An enum whose creator refuses unknown names with a ConfigException naming its own field. */
  enum Color {
    RED;

    @com.fasterxml.jackson.annotation.JsonCreator
    static Color of(String id) {
      if (!id.equals("red")) {
        throw new org.hesstrucks.core.ConfigException("color", "red", "'" + id + "'");
      }
      return RED;
    }
  }

  record Painted(Color color) {}

  record Wrapper(Painted inner) {}

  @Test
  @DisplayName("a scalar creator's ConfigException is reported at the field's path once, not twice")
  void scalarCreatorPath() {
    org.hesstrucks.core.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.hesstrucks.core.ConfigException.class,
        () -> ConfigBinder.bind(ConfigBinder.mapper().readTree("{\"inner\": {\"color\": \"blue\"}}"), Wrapper.class, "$.m"));
    assertEquals("$.m.inner.color: expected red, got 'blue'", e.getMessage());
  }
}
