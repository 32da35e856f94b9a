package org.hesstrucks.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report of a small real sweep (run by the distribution in real processes: quadratics and an MLP on
 * generated data, a tuned optimizer, probes), opened in Debian's headless Chromium.
 */
class RealSweepReportIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  Path dir;

  @Test
  @DisplayName("a real sweep's report renders every chart with data, fetches nothing, logs no error, and switches axes")
  void realSweepInBrowser() throws Exception {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and ChromeDriver are needed: run bin/install-test-deps");
    Path sweep = dir.resolve("small.json");
    Files.writeString(sweep, ("{'name': 'small', 'seeds': [1, 2], 'batchSize': [32, 'full'],"
        + " 'budget': {'epochs': 4}, 'evaluateEvery': {'epochs': 1},"
        + " 'optimizers': [{'id': 'gd'}, {'id': 'lbfgs'}, {'id': 'sgd', 'tune': {'learningRate': [0.05, 0.2]}}],"
        + " 'datasets': [{'id': 'synthetic', 'trainSize': 128, 'testSize': 64}],"
        + " 'models': [{'id': 'mlp', 'depth': 1, 'width': 8}],"
        + " 'probes': [{'id': 'hessian-top-k', 'k': 2, 'lanczosSteps': 6, 'every': 2},"
        + " {'id': 'trace-split', 'k': 2, 'probes': 4, 'every': 2},"
        + " {'id': 'spectral-density', 'starts': 1, 'steps': 6, 'every': 2}],"
        + " 'swag': {'start': 2, 'rank': 3, 'samples': 3, 'topK': 2, 'probeBatch': 32, 'nullSpaceK': 4,"
        + " 'nullSpaceBatch': 4}}").replace('\'', '"'));
    // In one JVM: the subject here is the report of real results; worker JVMs are tested elsewhere.
    Cli.Outcome run = Cli.run(dir, "run", sweep.toString(), "--in-process");
    assertEquals(0, run.code(), run.out() + run.err());
    Path report = Path.of(run.lastLine());

    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
        "--window-size=1400,1000");
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).withSilent(true).build(), options);
    try {
      driver.get(report.toUri().toString());
      JavascriptExecutor js = driver;
      new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js.executeScript(
          "const charts = document.querySelectorAll('.chart');"
              + "return charts.length > 0 && Array.from(charts).every(c => c.querySelector('canvas') !== null);")));
      List<?> empty = (List<?>) js.executeScript("return Array.from(document.querySelectorAll('.chart'))"
          + ".filter(c => !echarts.getInstanceByDom(c).getOption().series.some(s => s.data && s.data.length > 0))"
          + ".map(c => c.id);");
      assertEquals(List.of(), empty, "charts without any series holding data");
      long charts = (Long) js.executeScript("return document.querySelectorAll('.chart').length;");
      assertTrue(charts > 20, "charts: " + charts);
      assertEquals(Boolean.TRUE, js.executeScript("return document.querySelector('#eigenspaces') !== null;"));
      assertEquals(Boolean.FALSE, js.executeScript("return document.querySelector('#eigenspace-issues') !== null;"),
          "probe records the report could not read");
      List<?> eigenKinds = (List<?>) js.executeScript("return Array.from(new Set(Array.from("
          + "document.querySelectorAll('.chart[data-kind=eigen]')).map(c => c.dataset.eigen)));");
      assertTrue((Long) js.executeScript("return document.querySelectorAll('#swag-table tbody tr').length;") > 0,
          "the SWA/SWAG table has rows");
      for (String kind : List.of("topH", "stability", "traceS", "density")) {
        assertTrue(eigenKinds.contains(kind), "eigenspace charts " + eigenKinds + " lack " + kind);
      }
      assertEquals(List.of(), js.executeScript("return performance.getEntriesByType('resource')"
          + ".map(e => e.name).filter(n => !n.startsWith('file:') && !n.startsWith('data:'));"));
      String iterationAxes = "return Array.from(document.querySelectorAll('.chart'))"
          + ".map(c => echarts.getInstanceByDom(c).getOption().xAxis[0].name)"
          + ".filter(n => n && n.startsWith(arguments[0])).length;";
      long onIterations = (Long) js.executeScript(iterationAxes, "iteration");
      assertTrue(onIterations > 0);
      driver.findElement(By.cssSelector("#x-axis-switch button[data-x='gradientEquivalents']")).click();
      assertEquals(0L, js.executeScript(iterationAxes, "iteration"), "every training chart left iterations");
      assertEquals(onIterations, js.executeScript(iterationAxes, "gradient-equivalents"));
      List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
      assertEquals(List.of(), severe);
      Path screenshot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(screenshot, Path.of("target", "real-sweep-report.png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.quit();
    }
  }
}
