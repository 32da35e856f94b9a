package org.hesstrucks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hesstrucks.result.CellResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sections added on top of the convergence charts: tuning, grid, probes, microbenchmarks, provenance. */
class ReportSectionsTest {
  @TempDir
  Path dir;

  private static ReportData realistic() {
    return new ReportData(Path.of("r"), "s", null, TestCells.realisticSweep("s", 13), List.of());
  }

  @Test
  @DisplayName("tuning tables: one per tuned group, every trial with status and metric, the chosen one marked")
  void tuningTables() {
    List<ReportPage.TuningView> tables = TuningTables.of(realistic().cells());
    assertEquals(4, tables.size());
    ReportPage.TuningView first = tables.get(0);
    assertEquals(TestCells.TUNED_LABEL, first.optimizer());
    assertEquals("mlp depth=1 width=32 on spirals", first.problem());
    assertEquals("finalLoss", first.metric());
    assertEquals("optimizer.lr=0.1", first.chosen());
    assertEquals(List.of(
        new ReportPage.TrialView("optimizer.lr=0.01", "converged", "0.3", false),
        new ReportPage.TrialView("optimizer.lr=0.1", "converged", "0.05", true),
        new ReportPage.TrialView("optimizer.lr=1.0", "diverged", Format.MISSING, false)), first.trials());
  }

  @Test
  @DisplayName("trial cells without a final cell yet are listed by their own records, nothing chosen")
  void pendingTrials() {
    List<CellResult> trialsOnly = TestCells.realisticSweep("s", 5).stream().filter(ReportData::isTrial).toList();
    List<ReportPage.TuningView> tables = TuningTables.of(trialsOnly);
    assertEquals(4, tables.size());
    assertEquals("sgd", tables.get(0).optimizer());
    assertEquals("not chosen yet", tables.get(0).chosen());
    assertEquals(3, tables.get(0).trials().size());
    assertEquals("optimizer.lr=0.01", tables.get(0).trials().get(0).values());
  }

  @Test
  @DisplayName("trials are out of the comparison: no problem group, no optimizer label, no ranking problem from them")
  void trialsLeftOut() {
    ReportData data = realistic();
    assertEquals(List.of("gd", "sgd lr=0.1", TestCells.HOSTILE_LABEL).stream().sorted(NaturalOrder.INSTANCE).toList(),
        data.optimizerLabels());
    long drawn = data.problems().stream().mapToLong(p -> p.cells().size()).sum();
    assertEquals(data.cells().size() - 12, drawn, "12 trials (3 settings x 4 problems)");
  }

  @Test
  @DisplayName("grid: depth from the model.depth axis, batch size from the spec (full last), one family")
  void grid() {
    ReportData data = realistic();
    List<Grids.Grid> grids = Grids.of(data.comparisonCells(), data.problems());
    assertEquals(1, grids.size());
    Grids.Grid grid = grids.get(0);
    assertEquals("mlp on spirals", grid.label());
    assertEquals(List.of("1", "2"), grid.depths());
    assertEquals(List.of("64", "full"), grid.batchSizes());
    List<String> labels = data.problems().stream().map(ProblemGroup::label).toList();
    assertEquals("mlp depth=2 width=32 on spirals, batch size 64", labels.get(grid.panels()[1][0]));
    assertEquals("mlp depth=1 width=32 on spirals", labels.get(grid.panels()[0][1]));
  }

  @Test
  @DisplayName("grid: a sweep varying neither depth nor batch size has none (one panel per problem instead)")
  void noGrid() {
    ReportData data = new ReportData(Path.of("r"), "s", null,
        List.of(TestCells.simple("gd", "q1", 1), TestCells.simple("gd", "q2", 1)), List.of());
    assertEquals(List.of(), Grids.of(data.comparisonCells(), data.problems()));
  }

  @Test
  @DisplayName("JMH results: benchmark, parameters, score, error (\"NaN\" read as missing) and unit")
  void jmh() throws IOException {
    Path file = Files.writeString(dir.resolve("jmh.json"), """
        [{"benchmark": "org.x.DenseBench.matVec", "mode": "thrpt", "params": {"n": "256", "k": "2"},
          "primaryMetric": {"score": 12345.6, "scoreError": 234.5, "scoreUnit": "ops/s"}},
         {"benchmark": "org.x.Lbfgs.twoLoop", "mode": "avgt",
          "primaryMetric": {"score": 1.5, "scoreError": "NaN", "scoreUnit": "us/op"}}]
        """);
    JmhResults results = JmhResults.read(file);
    assertEquals(null, results.error());
    assertEquals(new JmhResults.Row("DenseBench.matVec", "n=256 k=2", "thrpt", 12345.6, 234.5, "ops/s"),
        results.rows().get(0));
    assertEquals("Lbfgs.twoLoop", results.rows().get(1).name());
    assertTrue(Double.isNaN(results.rows().get(1).error()));
  }

  @Test
  @DisplayName("JMH results: a foreign or broken file gives an error and no rows, and the page still renders")
  void jmhErrors() throws IOException {
    assertEquals("not JMH results: expected a JSON list of benchmarks",
        JmhResults.read(Files.writeString(dir.resolve("a.json"), "{\"benchmark\": 1}")).error());
    assertEquals("not JMH results: entry 0 has no benchmark or primaryMetric.score",
        JmhResults.read(Files.writeString(dir.resolve("b.json"), "[{\"benchmark\": \"x\"}]")).error());
    assertTrue(JmhResults.read(Files.writeString(dir.resolve("c.json"), "[{")).error().startsWith("line 1, column 3"));
    assertTrue(JmhResults.read(dir.resolve("missing.json")).error().startsWith("cannot be read: "));

    String html = new ReportWriter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
        .render(realistic(), new ReportOptions(dir.resolve("a.json")));
    assertTrue(html.contains("<p class=\"error\" id=\"jmh-error\">a.json: not JMH results: expected a JSON list"));
  }

  @Test
  @DisplayName("the page: provenance extras and git revision, held-out charts, grid panels, probe sections, no trial rows")
  void page() {
    String html = new ReportWriter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).render(realistic());
    assertTrue(html.contains("<dt>blas</dt><dd>OpenBLAS 0.3.21"), "BLAS");
    assertTrue(html.contains("<dt>datasetIdentity</dt><dd>sha256:9f2c1e"), "dataset identity");
    assertTrue(html.contains("<dt>git revision</dt><dd>abc1234def"), "git revision");
    assertEquals(8, count(html, "data-kind=\"heldOut\""), "accuracy and loss on 4 problems");
    assertEquals(4, count(html, "data-kind=\"panel\""));
    assertEquals(4, count(html, "data-kind=\"probe\""), "the hostile probe's one value on 4 problems");
    // the eigenspace section: top eigenvalues, the edge of stability (gd and sgd), three traces, gd's density
    assertEquals(24, count(html, "data-kind=\"eigen\""), "6 eigenspace charts on 4 problems");
    assertFalse(html.contains("sgd lr=0.01"), "a trial label in the page");
    assertTrue(html.contains("No microbenchmark results"), "without --jmh");
  }

  @Test
  @DisplayName("a large page gets fewer points per series, never below MIN_POINTS; a small one the full MAX_POINTS")
  void pointBudget() {
    assertEquals(Downsample.MAX_POINTS, ChartData.maxPoints(realistic().problems()));
    ReportData large = new ReportData(Path.of("r"), "s", null, PageSizeTest.sweep(), List.of());
    int points = ChartData.maxPoints(large.problems());
    // 60 groups of 5 seeds: 500 checkpoints x (4 + 3 x 4) numbers + 3 telemetry series x 500 x (1 + 3)
    long numbers = 60L * (500 * 16 + 3 * 500 * 4);
    assertEquals((int) (Downsample.MAX_POINTS * ChartData.NUMBER_BUDGET / numbers), points);
    assertTrue(points >= ChartData.MIN_POINTS, "points " + points);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
