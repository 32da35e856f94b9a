package org.hesstrucks.report;

import static org.hesstrucks.report.EigenCells.cell;
import static org.hesstrucks.report.EigenCells.curve;
import static org.hesstrucks.report.EigenCells.data;
import static org.hesstrucks.report.EigenCells.list;
import static org.hesstrucks.report.EigenCells.optimizer;
import static org.hesstrucks.report.EigenCells.record;
import static org.hesstrucks.report.EigenCells.topK;
import static org.hesstrucks.report.EigenCells.traces;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.ProbeRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The eigenspace section on the page: when it appears, what it says about bad records, and on a real run. */
class EigenspacePageTest {
  private static final ReportWriter WRITER = new ReportWriter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

  private static String section(String html) {
    int start = html.indexOf("<section id=\"eigenspaces\">");
    assertTrue(start >= 0, "no eigenspace section");
    return html.substring(start, html.indexOf("</section>", start));
  }

  @Test
  @DisplayName("a results folder without eigenspace probes has no eigenspace section, link or chart data")
  void noEigenspaceProbes() {
    CellResult plain = TestCells.simple("gd", "q", 1);
    CellResult heldOut = cell("h", "gd", optimizer("gd"), 1, 8, 1, null,
        List.of(record("held-out", 0, Map.of("accuracy", 0.5)), record("held-out", 10, Map.of("accuracy", 0.75))));
    ReportData data = data(null, List.of(plain, heldOut));
    String html = WRITER.render(data);
    assertFalse(html.contains("id=\"eigenspaces\""), "an eigenspace section");
    assertFalse(html.contains("href=\"#eigenspaces\""), "a link to it");
    assertFalse(html.contains("data-kind=\"eigen\""), "an eigenspace chart");
    assertTrue(html.contains("\"eigenspaces\":[]"), "chart data");
    assertTrue(html.contains("<section id=\"probes\">"), "the other probes keep their generic charts");
    assertEquals(1, count(html, "data-kind=\"probe\""), "held-out accuracy on one problem");
    assertFalse(WRITER.render(data(null, List.of(plain))).contains("<section id=\"probes\">"),
        "no probes at all: no probe section either");
  }

  @Test
  @DisplayName("malformed probe values (text for numbers, missing keys, a failed probe) render, named by cell")
  void malformedValues() {
    Map<String, Object> textTrace = new LinkedHashMap<>(traces(0, 1, 0, 1, 0, 0, 0).values());
    textTrace.put("traceH", "oops");
    Map<String, Object> noTraceS = new LinkedHashMap<>(traces(10, 1, 0, 1, 0, 0, 0).values());
    noTraceS.remove("traceS");
    List<ProbeRecord> bad = List.of(
        record(Eigenspaces.TRACE_SPLIT, 0, textTrace),
        record(Eigenspaces.TRACE_SPLIT, 10, noTraceS),
        record(Eigenspaces.TOP_K, 0, Map.of("mode", "exact", "residuals", list(0))),
        record(Eigenspaces.DENSITY, 0, Map.of("grid", List.of(0.0, "one", 2.0), "density", list(0, 1, 0))),
        record(Eigenspaces.NULL_SPACE, 0, Map.of("rank", 3)),
        record(Eigenspaces.SWAG, 0, Map.of("swaLoss", 1.0)),
        record(Eigenspaces.TOP_K, 10, Map.of("error", "Lanczos broke down <b>&</b>")),
        topK(20, "exact", 4, 2));
    CellResult broken = cell("bad-cell", "gd", optimizer("gd"), 1, 8, 1, null, bad);
    Map<String, Object> nonFinite = new LinkedHashMap<>(traces(0, 1, 0, 1, 0, 0.5, 0).values());
    nonFinite.put("traceH", null); // how a result file holds a NaN estimate: skipped, not a problem
    CellResult good = cell("good-cell", "gd", optimizer("gd"), 1, 8, 2, null, List.of(topK(0, "exact", 2, 1),
        topK(20, "exact", 6, 3), record(Eigenspaces.TRACE_SPLIT, 0, nonFinite)));
    ReportData data = data(null, List.of(broken, good));

    Eigenspaces.Section section = EigenCells.eigenspaces(data).section();
    String prefix = "cell bad-cell (gd on mlp w8 depth=1, seed 1): ";
    assertEquals(List.of(
        prefix + "trace-split at iteration 0: 'traceH' is not a number (got the text \"oops\")",
        prefix + "trace-split at iteration 10: 'traceS' is missing",
        prefix + "hessian-top-k at iteration 0: 'eigenvalues' is missing",
        prefix + "spectral-density at iteration 0: 'grid' is not a list of numbers (entry 1 is the text \"one\")",
        prefix + "null-space at iteration 0: 'parameters' is missing",
        prefix + "swag at iteration 0: 'snapshots' is missing",
        prefix + "hessian-top-k at iteration 10: the probe failed: Lanczos broke down <b>&</b>"), section.issues());

    String html = section(WRITER.render(data));
    for (String issue : section.issues()) {
      assertTrue(html.contains(HtmlText.escape(issue)), "issue listed, escaped: " + issue);
    }
    assertFalse(html.contains("<b>&</b>"), "the probe's error text as markup");
    // what was readable is still drawn: λ1 from both seeds (the broken one's record at 20)
    Eigenspaces.Curve top = curve(EigenCells.chart(EigenCells.eigenspaces(data), "topH"), "gd \u03BB1");
    assertArrayEquals(new double[] {0, 20}, top.x());
    assertArrayEquals(new double[] {2, 5}, top.median());
    assertEquals(List.of("topH", "traceG", "traceS"),
        EigenCells.eigenspaces(data).charts().stream().map(Eigenspaces.Chart::kind).toList(),
        "no empty chart for tr(H) (unreadable or non-finite), the density, the null space or SWAG");
  }

  @Test
  @DisplayName("hostile labels in the eigenspace section stay text: headings escaped, chart data script-safe")
  void hostileLabels() {
    CellResult cell = cell("x", TestCells.HOSTILE_LABEL, optimizer("gd"), 1, 8, 1, new double[] {0.5},
        List.of(topK(0, "exact", 1), traces(0, 2, 0.1, 1, 0.1, 1, 0.1),
            record(Eigenspaces.NULL_SPACE, 0, Map.of("rank", 1, "parameters", 10))));
    String html = WRITER.render(data(null, List.of(cell)));
    assertFalse(html.contains(TestCells.HOSTILE_LABEL), "the label verbatim");
    assertTrue(html.contains(HtmlSafeJson.write(TestCells.HOSTILE_LABEL + " \u03BB1")), "curve label in the data");
    assertTrue(section(html).contains(HtmlText.escape(TestCells.HOSTILE_LABEL)), "the null-space table's optimizer cell");
  }

  @Test
  @DisplayName("a real run (every probe, gd and sgd, widths 6 and 12): every chart kind, sgd's 2/η = 2/0.1, no issues")
  void realRun() throws IOException, URISyntaxException {
    Path folder = Path.of(getClass().getResource("eigenspace-run").toURI());
    ReportData data = ResultsFolder.read(folder);
    assertEquals(8, data.cells().size());
    Eigenspaces.Result result = EigenCells.eigenspaces(data);
    assertEquals(List.of(), result.section().issues());
    List<String> perProblem = List.of("topH", "topG", "stability", "traceH", "traceG", "traceS", "neff", "neff",
        "density", "density", "nullShare");
    List<String> expected = new java.util.ArrayList<>(perProblem);
    expected.addAll(perProblem);
    expected.add("width");
    assertEquals(expected, result.charts().stream().map(Eigenspaces.Chart::kind).toList());
    List<Eigenspaces.Block> blocks = result.section().blocks();
    assertEquals(List.of("mlp w6 depth=1 on ts", "mlp w12 depth=1 on ts", "Across widths"),
        blocks.stream().map(Eigenspaces.Block::heading).toList());
    assertEquals(List.of("Effective dimensionality N_eff(z = 0.1)", "Effective dimensionality N_eff(z = 1)"),
        blocks.get(0).charts().stream().filter(c -> c.kind().equals("neff")).map(Eigenspaces.ChartView::title).toList(),
        "z from the sweep file");
    Eigenspaces.Chart stability = EigenCells.charts(result, "stability").get(0);
    // gd's backtracking search accepted its first trial step 1 every time; sgd's learning rate is 0.1
    assertArrayEquals(new double[] {2, 2, 2, 2, 2}, curve(stability, "gd 2/\u03B7").median());
    assertArrayEquals(new double[] {20, 20, 20, 20, 20}, curve(stability, "sgd 2/\u03B7").median());
    assertArrayEquals(new double[] {0, 10, 20, 30, 40}, curve(stability, "gd \u03BBmax").x());
    Eigenspaces.Chart width = EigenCells.charts(result, "width").get(0);
    assertArrayEquals(new double[] {6, 12}, curve(width, "gd tr(S)").x());
    assertEquals(2, result.section().nullSpace().size() / 2, "one null-space row per optimizer and problem");
    assertTrue(result.section().nullSpace().get(0).columns().get(0).startsWith("\u2265 "),
        "k = 30 reached: the rank is a lower bound");

    String html = WRITER.render(data);
    assertEquals(result.charts().size(), count(section(html), "data-kind=\"eigen\""));
    assertFalse(html.contains("<section id=\"probes\">"), "every probe of the run has its place in the section");
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
