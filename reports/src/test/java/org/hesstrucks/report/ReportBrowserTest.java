package org.hesstrucks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  /** 2 problems x (loss, gradient norm) + 3 telemetry names (batchLoss, stepLength, myPlugin.innerIterations) x 2. */
  private static final int EXPECTED_CHARTS = 2 * 2 + 3 * 2;

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
        "{\n  \"name\": \"demo\",\n  \"optimizers\": [{\"id\": \"gd\"}, {\"id\": \"lbfgs\"}],\n  \"seeds\": [1, 2]\n}\n",
        TestCells.demoSweep(SWEEP_NAME));
    Path report = new ReportWriter().write(results, temp.resolve("out/report.html"));
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

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The option of the chart in the element with this id, as ECharts holds it. */
  private static Object chartOption(String elementId, String path) {
    return js("const option = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();"
        + "return " + path + ";", elementId);
  }

  @Test
  @DisplayName("every chart renders on a canvas of non-zero size, with data, and the console has no errors")
  void chartsRenderWithoutErrors() {
    List<?> canvases = (List<?>) js(
        "return Array.from(document.querySelectorAll('.chart')).map(c => {"
            + "  const canvas = c.querySelector('canvas'); const box = canvas.getBoundingClientRect();"
            + "  const series = echarts.getInstanceByDom(c).getOption().series;"
            + "  return [canvas.width, canvas.height, box.width, box.height,"
            + "          series.filter(s => s.type === 'line' && s.data.length > 0).length];"
            + "});");
    assertEquals(EXPECTED_CHARTS, canvases.size(), "chart containers");
    for (Object entry : canvases) {
      List<?> c = (List<?>) entry;
      for (int i = 0; i < 4; i++) {
        assertTrue(((Number) c.get(i)).doubleValue() > 0, "canvas size " + c);
      }
      assertTrue(((Number) c.get(4)).intValue() >= 1, "a chart without a drawn line: " + c);
    }
    assertEquals(List.of(), severeConsoleEntries(), "severe console entries");
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
  }

  @Test
  @DisplayName("the x-axis switch changes the axis of every convergence chart")
  void xAxisSwitch() {
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
            + "return Array.from(document.querySelectorAll('.chart'))"
            + "  .map(c => echarts.getInstanceByDom(c).getOption().legend[0].selected[label]);");
    assertEquals(EXPECTED_CHARTS, selected.size());
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
    assertEquals(8, values.size(), "rows with a final loss");
    return values;
  }

  @Test
  @DisplayName("the page fetches nothing over the network")
  void fetchesNothing() {
    List<?> fetched = (List<?>) js("return performance.getEntriesByType('resource').map(e => e.name)"
        + ".filter(name => /^(https?|wss?):/i.test(name));");
    assertEquals(List.of(), fetched);
    assertEquals("file", js("return location.protocol.replace(':', '');"));
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
  @DisplayName("screenshots: the first screen and the whole page (target/report-screenshot*.png)")
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
  }
}
