package org.hesstrucks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a generated report in Debian's headless Chromium (bin/install-test-deps installs it) through
 * file://, the way a user opens one, and checks what a user would see and do.
 */
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String SWEEP_NAME = "demo sweep <b>not bold</b>";
  private static final Duration RENDER_TIMEOUT = Duration.ofSeconds(30);

  /** Optimizers drawn on every problem: gd, the hostile one and the tuned sgd's finals. */
  private static final int OPTIMIZERS = 3;
  /** 2 depths x 2 batch sizes. */
  private static final int PROBLEMS = 4;
  /**
   * Per problem: loss, gradient norm, held-out accuracy and loss, a grid panel, 4 telemetry names, the hostile
   * probe's value and 6 eigenspace charts (top eigenvalues of H, edge of stability, tr(H), tr(G), tr(S), gd's
   * spectral density); plus 4 profiles and 2 microbenchmark charts (one per unit).
   */
  private static final int EXPECTED_CHARTS = PROBLEMS * (4 + 1 + 4 + 1 + 6) + 4 + 2;
  /** Eigenspace charts per problem whose x is not the course of training: gd's spectral density. */
  private static final int DENSITY_CHARTS = 1;
  /** The charts over the course of training, whose x axis the page's switch sets. */
  private static final List<String> TRAINING_KINDS =
      List.of("loss", "gradientNorm", "heldOut", "panel", "telemetry", "probe", "eigen");
  private static final String JMH = """
      [
        {"benchmark": "org.hesstrucks.bench.DenseBench.matVec", "mode": "thrpt", "params": {"n": "256"},
         "primaryMetric": {"score": 12345.6, "scoreError": 234.5, "scoreUnit": "ops/s"}},
        {"benchmark": "org.hesstrucks.bench.DenseBench.matVec", "mode": "thrpt", "params": {"n": "1024"},
         "primaryMetric": {"score": 812.5, "scoreError": 30.25, "scoreUnit": "ops/s"}},
        {"benchmark": "org.hesstrucks.bench.Lbfgs.twoLoop<b>", "mode": "avgt", "params": {"m": "10"},
         "primaryMetric": {"score": 1.52, "scoreError": "NaN", "scoreUnit": "us/op"}}
      ]
      """;

  /**
   * Selenium warns through java.util.logging when it has no DevTools bindings for the browser's exact version
   * (Debian's Chromium moves on its own); the test uses none of them. Held here so the setting is not
   * garbage-collected with the logger.
   */
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  @TempDir
  static Path temp;

  private static ChromeDriver driver;
  private static String reportUrl;

  @BeforeAll
  static void openBrowser() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("Headless Chromium is missing (" + CHROMIUM + " or " + CHROMEDRIVER + "): run bin/install-test-deps");
    }
    Path results = TestCells.writeResults(temp.resolve("results"),
        "{\n  \"name\": \"demo\",\n  \"optimizers\": [{\"id\": \"gd\"}, {\"id\": \"sgd\", \"tune\": {\"lr\": [0.01, 0.1, 1]}}],\n"
            + "  \"models\": [{\"id\": \"mlp\", \"depth\": [1, 2]}],\n  \"batchSize\": [\"full\", 64],\n  \"seeds\": [1, 2]\n}\n",
        TestCells.realisticSweep(SWEEP_NAME, 13));
    Files.writeString(results.resolve("cells/corrupt.json"), "{\"schemaVersion\": 1, \"spec\": [oops");
    Files.writeString(results.resolve("cells/truncated.json"), "{\"schemaVersion\": 1, \"sweep\": \"s\", \"spec\": {");
    Files.writeString(results.resolve("cells/foreign.json"), "{\"hello\": \"world\"}");
    Path jmh = Files.writeString(temp.resolve("jmh.json"), JMH);
    Path report = new ReportWriter().write(results, temp.resolve("out/report.html"), new ReportOptions(jmh));
    reportUrl = report.toUri().toString();

    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    // Both set, so Selenium Manager never looks for (or downloads) a browser or a driver.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")),
        "--window-size=1400,1000");
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .withSilent(true)
        .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void openReport() {
    driver.get(reportUrl);
    new WebDriverWait(driver, RENDER_TIMEOUT).until(d -> Boolean.TRUE.equals(js(
        "const charts = document.querySelectorAll('.chart');"
            + "return charts.length > 0 && Array.from(charts).every(c => c.querySelector('canvas') !== null);")));
  }

  /** Whatever a test did in the page, it must not have raised an error there. */
  @AfterEach
  void noConsoleErrors() {
    assertEquals(List.of(), severeConsoleEntries(), "severe console entries after the test");
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The option of the chart in the element with this id, as ECharts holds it. */
  private static Object chartOption(String elementId, String path) {
    return js("const option = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();"
        + "return " + path + ";", elementId);
  }

  /** Per chart: [kind, telemetry or probe value name, canvas width, canvas height, series with data]. */
  private static List<List<?>> chartSummaries() {
    List<List<?>> summaries = new ArrayList<>();
    for (Object entry : (List<?>) js(
        "const data = JSON.parse(document.getElementById('report-data').textContent);"
            + "return Array.from(document.querySelectorAll('.chart')).map(c => {"
            + "  const kind = c.getAttribute('data-kind');"
            + "  const name = kind === 'telemetry' ? data.telemetry[+c.getAttribute('data-telemetry')].name"
            + "    : kind === 'probe' ? data.probes[+c.getAttribute('data-index')].value"
            + "    : kind === 'eigen' ? data.eigenspaces[+c.getAttribute('data-index')].kind : '';"
            + "  const canvas = c.querySelector('canvas');"
            + "  const series = echarts.getInstanceByDom(c).getOption().series;"
            + "  return [kind, name, canvas.width, canvas.height,"
            + "          series.filter(s => (s.type === 'line' || s.type === 'bar') && s.data.length > 0).length];"
            + "});")) {
      summaries.add((List<?>) entry);
    }
    return summaries;
  }

  /** How many series with data a chart must hold. */
  private static int expectedSeries(String kind, String name) {
    return switch (kind) {
      case "telemetry" -> name.equals("batchLoss") || name.equals("stepLength") ? OPTIMIZERS : 1;
      // one line per cell on seed 1: the hostile probe's one value
      case "probe" -> OPTIMIZERS;
      case "eigen" -> switch (name) {
        case "topH" -> 3 * OPTIMIZERS; // λ1, λ2, λ3 per optimizer
        case "stability" -> 2 * 2; // λmax and 2/η for gd and sgd; the hostile plugin is neither
        case "density" -> 3; // gd at its first, middle and last probed checkpoints
        default -> OPTIMIZERS;
      };
      case "jmh" -> 1;
      default -> OPTIMIZERS;
    };
  }

  @Test
  @DisplayName("every chart renders on a canvas, with the expected number of series with data; no console errors")
  void chartsRenderWithoutErrors() {
    List<List<?>> charts = chartSummaries();
    assertEquals(EXPECTED_CHARTS, charts.size(), "chart containers: " + charts);
    Map<String, Integer> byKind = new java.util.TreeMap<>();
    for (List<?> c : charts) {
      byKind.merge((String) c.get(0), 1, Integer::sum);
      assertTrue(((Number) c.get(2)).doubleValue() > 0 && ((Number) c.get(3)).doubleValue() > 0, "canvas size " + c);
      assertEquals(expectedSeries((String) c.get(0), (String) c.get(1)), ((Number) c.get(4)).intValue(),
          "series with data in " + c);
    }
    assertEquals(Map.of("loss", PROBLEMS, "gradientNorm", PROBLEMS, "heldOut", 2 * PROBLEMS, "panel", PROBLEMS,
        "telemetry", 4 * PROBLEMS, "probe", PROBLEMS, "eigen", 6 * PROBLEMS, "performance", 2, "data", 2, "jmh", 2),
        byKind);
    assertEquals(List.of(), severeConsoleEntries(), "severe console entries");
  }

  @Test
  @DisplayName("tuning trials are not drawn; the tuning tables list every setting, its metric and the chosen one")
  void tuning() {
    List<String> legend = driver.findElements(By.cssSelector(".legend-item .legend-label")).stream()
        .map(label -> label.getAttribute("textContent")).toList();
    assertEquals(List.of("gd", "sgd lr=0.1", TestCells.HOSTILE_LABEL).stream().sorted(NaturalOrder.INSTANCE).toList(),
        legend, "no trial label (sgd lr=0.01, sgd lr=1)");
    List<WebElement> groups = driver.findElements(By.cssSelector("#tuning .tuning-group"));
    assertEquals(PROBLEMS, groups.size());
    for (WebElement group : groups) {
      List<WebElement> rows = group.findElements(By.cssSelector("tbody tr"));
      assertEquals(TestCells.TUNED_LR.length, rows.size());
      List<WebElement> chosen = group.findElements(By.cssSelector("tbody tr.chosen"));
      assertEquals(1, chosen.size());
      assertTrue(chosen.get(0).getText().startsWith("optimizer.lr=0.1"), chosen.get(0).getText());
      assertEquals("optimizer.lr=0.1", group.findElement(By.cssSelector(".chosen-value")).getText());
      assertTrue(rows.get(2).getText().contains("diverged"), rows.get(2).getText());
    }
    // the summary table has no trial rows: 4 problems x 3 optimizers x 2 seeds, and the error cell
    assertEquals(PROBLEMS * OPTIMIZERS * 2 + 1L, js("return document.querySelectorAll('#summary-table tbody tr').length;"));
  }

  @Test
  @DisplayName("provenance shows the git revision and the extra facts (BLAS, threads, dataset identity)")
  void provenance() {
    String facts = driver.findElement(By.id("provenance")).getText();
    for (String expected : List.of("git revision", "abc1234def", "blas", "OpenBLAS 0.3.21", "blasThreads",
        "datasetIdentity", "sha256:9f2c1e", TestCells.HOSTILE_PLUGIN, "0.1.0 <beta>")) {
      assertTrue(facts.contains(expected), expected + " in " + facts);
    }
  }

  @Test
  @DisplayName("the depth x batch-size grid: a panel per cell of the grid, a heat map that follows its switch and tau")
  void grid() {
    assertEquals(1L, js("return document.querySelectorAll('.grid-family').length;"));
    assertEquals(List.of("batch 64", "batch full"), driver.findElements(By.cssSelector(".grid-head")).stream()
        .map(WebElement::getText).toList());
    assertEquals(List.of("1", "2"), driver.findElements(By.cssSelector(".grid-row-head")).stream()
        .map(WebElement::getText).toList());
    List<WebElement> heat = driver.findElements(By.cssSelector(".heat-table tbody td"));
    assertEquals(PROBLEMS, heat.size());
    String finalLoss = heat.get(0).getText();
    driver.findElement(By.cssSelector("#heat-metric-switch button[data-metric='cost0']")).click();
    String cost = driver.findElement(By.cssSelector(".heat-table tbody td")).getText();
    assertNotEquals(finalLoss, cost);
    driver.findElement(By.cssSelector("#tau-switch button[data-tau='2']")).click();
    assertNotEquals(cost, driver.findElement(By.cssSelector(".heat-table tbody td")).getText(), "tau 1e-5 costs more");
  }

  @Test
  @DisplayName("the tau switch changes the profiles and the table's cost-to-target column")
  void tauSwitch() {
    Object before = chartOption("chart-data-0", "option.series.map(s => s.data.length)");
    String cell = (String) js("return document.querySelector('#summary-table td.target').textContent;");
    driver.findElement(By.cssSelector("#tau-switch button[data-tau='0']")).click();
    String after = (String) js("return document.querySelector('#summary-table td.target').textContent;");
    assertNotEquals(cell, after, "cost to target at 1e-1 vs 1e-3");
    assertEquals("(\u03C4 = 1e-1)", driver.findElement(By.cssSelector(".tau-label")).getText());
    Object first = chartOption("chart-performance-0", "option.series[0].data[0]");
    assertEquals(List.of(1L, 0L), first, "a performance profile starts at ratio 1");
    assertEquals(before, chartOption("chart-data-0", "option.series.map(s => s.data.length)"),
        "every optimizer solves all 4 x 2 problems at both tolerances: same number of steps");
  }

  @Test
  @DisplayName("unreadable, truncated and foreign cell files are listed with their errors; the rest renders")
  void unreadableListed() {
    String listed = driver.findElement(By.id("unreadable-files")).getText();
    assertTrue(listed.contains("corrupt.json: line 1"), listed);
    assertTrue(listed.contains("truncated.json"), listed);
    assertTrue(listed.contains("foreign.json: the cell result has no \"spec\""), listed);
  }

  @Test
  @DisplayName("a label that would run a script shows as text and runs nothing")
  void hostileLabelIsInert() {
    assertEquals(null, js("return window.__pwned === undefined ? null : String(window.__pwned);"), "window.__pwned");
    assertEquals(0L, js("return document.querySelectorAll('img').length;"), "img elements");
    List<String> legend = driver.findElements(By.cssSelector(".legend-item .legend-label")).stream()
        .map(label -> label.getAttribute("textContent")).toList();
    assertTrue(legend.contains(TestCells.HOSTILE_LABEL), "legend: " + legend);
    assertEquals(SWEEP_NAME, driver.findElement(By.id("sweep-name")).getText());
    assertTrue(((List<?>) chartOption("chart-loss-0", "option.series.map(s => s.name)")).contains(TestCells.HOSTILE_LABEL),
        "a chart series carries the label");
    assertTrue(driver.findElement(By.id("summary-table")).getText().contains("evil</script><script>window.__pwned=1"),
        "the table shows the label as text");

    // The tooltip is HTML built by the page's script: hovering must show the label as text too.
    WebElement chart = driver.findElement(By.id("chart-loss-0"));
    new Actions(driver).moveToElement(chart, 0, 0).perform();
    String tooltip = (String) new WebDriverWait(driver, RENDER_TIMEOUT).until(d -> js(
        "const tip = Array.from(document.querySelectorAll('#chart-loss-0 div'))"
            + "  .find(div => div.textContent.startsWith('iterations '));"
        + "return tip ? tip.textContent : null;"));
    assertTrue(tooltip.contains(TestCells.HOSTILE_LABEL), "tooltip: " + tooltip);
    assertTrue(tooltip.contains("2 seeds"), "tooltip: " + tooltip);
    assertEquals(null, js("return window.__pwned === undefined ? null : String(window.__pwned);"), "after hover");
    assertEquals(0L, js("return document.querySelectorAll('img').length;"), "img elements after hover");

    List<String> telemetry = driver.findElements(By.cssSelector("#inside h3")).stream().map(WebElement::getText).toList();
    assertTrue(telemetry.contains(TestCells.HOSTILE_TELEMETRY), "telemetry headings: " + telemetry);
    List<String> probes = driver.findElements(By.cssSelector("#probes h3")).stream().map(WebElement::getText).toList();
    assertTrue(probes.contains(TestCells.HOSTILE_PROBE + " \u00B7 " + TestCells.HOSTILE_PROBE_VALUE), "probes: " + probes);
    assertTrue(driver.findElement(By.id("jmh-table")).getText().contains("Lbfgs.twoLoop<b>"), "benchmark as text");

    // Tooltips shown programmatically on the hostile probe's chart and on a profile: text, not markup.
    String probeTip = showTip("const data = JSON.parse(document.getElementById('report-data').textContent);"
        + "return Array.from(document.querySelectorAll('.chart[data-kind=probe]'))"
        + "  .find(c => data.probes[+c.getAttribute('data-index')].probe === arguments[0]);", TestCells.HOSTILE_PROBE);
    assertTrue(probeTip.contains(TestCells.HOSTILE_PROBE + " " + TestCells.HOSTILE_PROBE_VALUE), "tooltip: " + probeTip);
    String profileTip = showTip("return document.getElementById('chart-performance-0');");
    assertTrue(profileTip.contains(TestCells.HOSTILE_LABEL), "tooltip: " + profileTip);
    assertEquals(null, js("return window.__pwned === undefined ? null : String(window.__pwned);"), "after tooltips");
    assertEquals(0L, js("return document.querySelectorAll('img').length;"), "img elements after tooltips");
  }

  /**
   * Shows the tooltip of the first point of every series in the chart the script returns, one after the
   * other, and returns their text joined.
   */
  private static String showTip(String findChart, Object... args) {
    WebElement chart = (WebElement) js(findChart, args);
    StringBuilder text = new StringBuilder();
    List<?> drawn = (List<?>) js("return echarts.getInstanceByDom(arguments[0]).getOption().series"
        + ".map((s, i) => s.type === 'line' && s.data.length > 1 ? i : -1).filter(i => i >= 0);", chart);
    assertFalse(drawn.isEmpty(), "no line to show a tooltip of");
    for (Object s : drawn) {
      js("echarts.getInstanceByDom(arguments[0]).dispatchAction({type: 'showTip', seriesIndex: arguments[1], dataIndex: 1});",
          chart, s);
      text.append((String) js("return Array.from(arguments[0].querySelectorAll('div'))"
          + ".filter(d => d.style.position === 'absolute' && d.style.display !== 'none' && d.textContent)"
          + ".map(d => d.textContent).join(' | ');", chart)).append(" || ");
    }
    return text.toString();
  }

  @Test
  @DisplayName("the x-axis switch changes the axis of every chart over the course of training")
  void xAxisSwitch() {
    String names = "return Array.from(document.querySelectorAll('.chart'))"
        + ".filter(c => arguments[0].includes(c.getAttribute('data-kind')) && c.getAttribute('data-eigen') !== 'density')"
        + ".map(c => echarts.getInstanceByDom(c).getOption().xAxis[0].name);";
    List<?> before = (List<?>) js(names, TRAINING_KINDS);
    assertEquals(EXPECTED_CHARTS - 6 - PROBLEMS * DENSITY_CHARTS, before.size());
    assertTrue(before.stream().allMatch(name -> ((String) name).startsWith("iteration")), "before: " + before);
    driver.findElement(By.cssSelector("#x-axis-switch button[data-x='gradientEquivalents']")).click();
    List<?> after = (List<?>) js(names, TRAINING_KINDS);
    assertTrue(after.stream().allMatch(name -> ((String) name).startsWith("gradient-equivalents")), "after: " + after);
    driver.findElement(By.cssSelector("#x-axis-switch button[data-x='iteration']")).click();

    assertEquals("iterations", chartOption("chart-loss-0", "option.xAxis[0].name"));
    Number lastIterationX = (Number) chartOption("chart-loss-0", "option.series[0].data.at(-1)[0]");

    driver.findElement(By.cssSelector("#x-axis-switch button[data-x='epochs']")).click();

    assertEquals("epochs", chartOption("chart-loss-0", "option.xAxis[0].name"));
    assertEquals("epochs", chartOption("chart-gradient-norm-1", "option.xAxis[0].name"));
    assertNotEquals(lastIterationX, chartOption("chart-loss-0", "option.series[0].data.at(-1)[0]"), "x values");
    assertEquals("true", driver.findElement(By.cssSelector("#x-axis-switch button[data-x='epochs']"))
        .getAttribute("aria-pressed"));

    driver.findElement(By.cssSelector("#x-axis-switch button[data-x='seconds']")).click();
    assertEquals("optimizer seconds", chartOption("chart-loss-1", "option.xAxis[0].name"));
  }

  @Test
  @DisplayName("eigenspace section: captions, 2/η dashed on a log axis, SE bands, tooltips that name curves as text")
  void eigenspaceSection() {
    List<String> headings = driver.findElements(By.cssSelector("#eigenspaces .eigenspace-problem > h3")).stream()
        .map(WebElement::getText).toList();
    assertEquals(PROBLEMS, headings.size(), "one block per problem: " + headings);
    List<String> captions = driver.findElements(By.cssSelector("#eigenspaces .eigen-caption")).stream()
        .map(WebElement::getText).toList();
    assertEquals(6 * PROBLEMS, captions.size());
    assertTrue(captions.stream().anyMatch(c -> c.contains("Cohen et al., 2021")), "the edge-of-stability citation");

    String stability = "return document.querySelector('.chart[data-eigen=stability]');";
    WebElement chart = (WebElement) js(stability);
    Object option = js("const o = echarts.getInstanceByDom(arguments[0]).getOption();"
        + "return [o.yAxis[0].type, o.series.filter(s => s.type === 'line' && s.lineStyle.type === 'dashed')"
        + "  .map(s => s.data.map(row => row[1]))];", chart);
    // gd's step lengths are 0.5 (1 + 0.3 cos(0.3 i + 1)); each threshold is 2 over a median of them, so in (2/0.65, 2/0.35)
    List<?> parts = (List<?>) option;
    assertEquals("log", parts.get(0));
    List<?> dashed = (List<?>) parts.get(1);
    assertEquals(2, dashed.size(), "a dashed line for gd and one for sgd");
    for (Object value : (List<?>) dashed.get(0)) {
      double threshold = ((Number) value).doubleValue();
      assertTrue(threshold > 2 / 0.65 && threshold < 2 / 0.35, "gd's 2/η " + threshold);
    }
    String tip = showTip(stability);
    assertTrue(tip.contains("gd \u03BBmax") && tip.contains("gd 2/\u03B7"), "tooltip: " + tip);

    Object bands = js("return echarts.getInstanceByDom(document.querySelector('.chart[data-eigen=traceS]')).getOption()"
        + ".series.filter(s => s.type === 'custom').length;");
    assertEquals((long) OPTIMIZERS, bands, "one ± SE band per optimizer, on one seed");

    String topTip = showTip("return document.querySelector('.chart[data-eigen=topH]');");
    assertTrue(topTip.contains(TestCells.HOSTILE_LABEL + " \u03BB1"), "tooltip: " + topTip);
    assertEquals(null, js("return window.__pwned === undefined ? null : String(window.__pwned);"), "after the tooltips");
    assertEquals(0L, js("return document.querySelectorAll('img').length;"), "img elements after the tooltips");
  }

  @Test
  @DisplayName("the loss scale switch moves the loss charts between log, linear and gap to best")
  void lossScaleSwitch() {
    assertEquals("log", chartOption("chart-loss-0", "option.yAxis[0].type"), "all losses positive: log first");
    driver.findElement(By.cssSelector("#loss-scale-switch button[data-scale='linear']")).click();
    assertEquals("value", chartOption("chart-loss-0", "option.yAxis[0].type"));
    driver.findElement(By.cssSelector("#loss-scale-switch button[data-scale='gap']")).click();
    assertEquals("log", chartOption("chart-loss-0", "option.yAxis[0].type"));
    assertEquals("loss \u2212 best", chartOption("chart-loss-0", "option.yAxis[0].name"));
    assertTrue(driver.findElement(By.cssSelector("[data-note-for='loss-0']")).getText().contains("least loss seen"));
  }

  @Test
  @DisplayName("a legend button hides an optimizer in every chart")
  void legendToggles() {
    driver.findElement(By.cssSelector(".legend-item[data-optimizer='0']")).click();
    List<?> selected = (List<?>) js(
        "const label = JSON.parse(document.getElementById('report-data').textContent).optimizers[0].label;"
            + "return Array.from(document.querySelectorAll('.chart')).filter(c => c.getAttribute('data-kind') !== 'jmh')"
            + "  .map(c => echarts.getInstanceByDom(c).getOption().legend[0].selected[label]);");
    assertEquals(EXPECTED_CHARTS - 2, selected.size());
    assertTrue(selected.stream().allMatch(Boolean.FALSE::equals), "selected: " + selected);
  }

  @Test
  @DisplayName("clicking a header sorts the table's rows, again reverses them")
  void tableSorts() {
    WebElement header = driver.findElement(By.xpath("//table[@id='summary-table']//th[normalize-space()='final loss']"));
    header.click();
    List<Double> ascending = column(6);
    List<Double> sorted = new ArrayList<>(ascending);
    sorted.sort(null);
    assertEquals(sorted, ascending, "ascending");
    assertEquals("ascending", header.getAttribute("aria-sort"));

    header.click();
    List<Double> descending = column(6);
    List<Double> reversed = new ArrayList<>(sorted);
    reversed.sort((a, b) -> Double.compare(b, a));
    assertEquals(reversed, descending, "descending");

    driver.findElement(By.xpath("//table[@id='summary-table']//th[normalize-space()='seed']")).click();
    assertEquals("1", driver.findElement(By.cssSelector("#summary-table tbody tr:first-child td:nth-child(3)")).getText());
  }

  /** The numbers in one column of the table (0-based), in row order; the error cell has none and is skipped. */
  private static List<Double> column(int index) {
    List<Double> values = new ArrayList<>();
    for (Object key : (List<?>) js("return Array.from(document.querySelectorAll('#summary-table tbody tr'))"
        + ".map(r => r.cells[arguments[0]].getAttribute('data-sort'));", index)) {
      if (!"".equals(key)) {
        values.add(Double.valueOf((String) key));
      }
    }
    assertEquals(PROBLEMS * OPTIMIZERS * 2, values.size(), "rows with a final loss");
    return values;
  }

  @Test
  @DisplayName("the page fetches nothing over the network")
  void fetchesNothing() {
    List<?> fetched = (List<?>) js("return performance.getEntriesByType('resource').map(e => e.name);");
    assertEquals(List.of(), fetched);
    assertEquals("file", js("return location.protocol.replace(':', '');"));
  }

  @Test
  @DisplayName("a real run with every eigenspace probe: all 23 charts drawn (densities, widths too), no console errors")
  void realEigenspaceRun() throws IOException, java.net.URISyntaxException {
    Path folder = Path.of(ReportBrowserTest.class.getResource("eigenspace-run").toURI());
    Path report = new ReportWriter().write(folder, temp.resolve("out/eigenspace-run.html"));
    driver.manage().logs().get(LogType.BROWSER); // drop the entries of the full report

    driver.get(report.toUri().toString());
    new WebDriverWait(driver, RENDER_TIMEOUT).until(d -> Boolean.TRUE.equals(js(
        "return Array.from(document.querySelectorAll('.chart')).every(c => c.querySelector('canvas') !== null);")));

    List<?> drawn = (List<?>) js("return Array.from(document.querySelectorAll('.chart[data-kind=eigen]')).map(c =>"
        + "  [c.getAttribute('data-eigen'), echarts.getInstanceByDom(c).getOption().series"
        + "    .filter(s => s.type === 'line' && s.data.length > 0).length]);");
    assertEquals(23, drawn.size(), "charts: " + drawn);
    for (Object chart : drawn) {
      assertTrue(((Number) ((List<?>) chart).get(1)).intValue() > 0, "a chart without a line: " + chart);
    }
    Object width = js("const o = echarts.getInstanceByDom(document.querySelector('.chart[data-eigen=width]')).getOption();"
        + "return [o.xAxis[0].name, o.series.filter(s => s.type === 'line').map(s => s.data.map(row => row[0]))];");
    assertEquals(List.of("width", List.of(List.of(6L, 12L), List.of(6L, 12L))), width, "gd and sgd at widths 6 and 12");
    js("document.getElementById('eigenspaces').scrollIntoView();");
    Path target = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target"));
    Files.write(target.resolve("report-screenshot-eigenspace-run.png"),
        driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    assertEquals(List.of(), severeConsoleEntries(), "severe console entries");
  }

  @Test
  @DisplayName("a report of an empty results folder opens cleanly and says there are no cells")
  void emptyReport() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty-results/cells")).getParent();
    Path report = new ReportWriter().write(empty, temp.resolve("out/empty.html"));
    driver.manage().logs().get(LogType.BROWSER); // drop the entries of the full report

    driver.get(report.toUri().toString());

    assertTrue(driver.findElement(By.id("no-cells")).getText().startsWith("There are no cells in this results folder"));
    assertEquals(0L, js("return document.querySelectorAll('.chart').length;"));
    assertEquals(List.of(), severeConsoleEntries(), "severe console entries");
  }

  private static List<String> severeConsoleEntries() {
    List<String> severe = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        severe.add(entry.getMessage());
      }
    }
    return severe;
  }

  @Test
  @DisplayName("screenshots: the first screen, each section and the whole page (target/report-screenshot*.png)")
  void screenshot() throws IOException {
    Path target = Path.of(System.getProperty("basedir", "."), "target");
    Files.createDirectories(target);
    byte[] firstScreen = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    Files.write(target.resolve("report-screenshot.png"), firstScreen);

    Number width = (Number) js("return document.documentElement.scrollWidth;");
    Number height = (Number) js("return document.documentElement.scrollHeight;");
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png",
        "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.write(target.resolve("report-screenshot-full.png"), Base64.getDecoder().decode((String) shot.get("data")));
    assertTrue(firstScreen.length > 10_000, "a screenshot of a blank page?");
    for (String section : List.of("tuning", "convergence", "grid", "rankings", "summary", "inside", "eigenspaces",
        "probes", "microbenchmarks", "problems")) {
      js("document.getElementById(arguments[0]).scrollIntoView();", section);
      Files.write(target.resolve("report-screenshot-" + section + ".png"),
          driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
  }
}
