package org.hesstrucks.report;

import static org.hesstrucks.report.EigenCells.cell;
import static org.hesstrucks.report.EigenCells.chart;
import static org.hesstrucks.report.EigenCells.charts;
import static org.hesstrucks.report.EigenCells.curve;
import static org.hesstrucks.report.EigenCells.data;
import static org.hesstrucks.report.EigenCells.eigenspaces;
import static org.hesstrucks.report.EigenCells.list;
import static org.hesstrucks.report.EigenCells.optimizer;
import static org.hesstrucks.report.EigenCells.record;
import static org.hesstrucks.report.EigenCells.topK;
import static org.hesstrucks.report.EigenCells.traces;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellSpec;
import org.hesstrucks.result.ProbeRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The eigenspace section's reductions, on hand-built cells whose answers are worked out in the comments. */
class EigenspacesTest {
  /** Sums such as 0.1 + 2.4 are not exact in binary; the reductions themselves add nothing else. */
  private static final double ROUNDING = 1e-12;

  private static final double[] CONSTANT_STEPS = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5,
      0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};

  @Test
  @DisplayName("top eigenvalues: median over seeds per iteration of the union, λ1 with the seeds' range, λ2.. without")
  void topEigenvaluesOverSeeds() {
    // seed 1: it 0 [1, 0.5], it 10 [4, 1]; seed 2: it 0 [3, 0.7], it 10 [6, 2]; seed 3: it 0 [2, 0.6], it 20 [8, 3]
    List<CellResult> cells = List.of(
        cell("a", "gd", optimizer("gd"), 1, 8, 1, null, List.of(topK(0, "exact", 1, 0.5), topK(10, "exact", 4, 1),
            topK(0, "gauss-newton", 0.9))),
        cell("b", "gd", optimizer("gd"), 1, 8, 2, null, List.of(topK(0, "exact", 3, 0.7), topK(10, "exact", 6, 2))),
        cell("c", "gd", optimizer("gd"), 1, 8, 3, null, List.of(topK(0, "exact", 2, 0.6), topK(20, "exact", 8, 3))));
    Eigenspaces.Result result = eigenspaces(data(null, cells));

    Eigenspaces.Chart h = chart(result, "topH");
    Eigenspaces.Curve first = curve(h, "gd \u03BB1");
    assertArrayEquals(new double[] {0, 10, 20}, first.x());
    assertArrayEquals(new double[] {2, 5, 8}, first.median());
    assertArrayEquals(new double[] {1, 4, 8}, first.low());
    assertArrayEquals(new double[] {3, 6, 8}, first.high());
    assertEquals(3, first.seeds());
    assertEquals("solid", first.style());
    Eigenspaces.Curve second = curve(h, "gd \u03BB2");
    assertArrayEquals(new double[] {0.6, 1.5, 3}, second.median());
    assertNull(second.low(), "only λ1 has a band");
    assertEquals("thin", second.style());
    assertTrue(h.training() && h.logY());

    Eigenspaces.Chart g = chart(result, "topG");
    assertEquals(1, g.curves().size(), "G from the one seed that measured it");
    assertArrayEquals(new double[] {0.9}, g.curves().get(0).median());
    assertNull(g.curves().get(0).low(), "one seed: no range");
  }

  @Test
  @DisplayName("top eigenvalues fall back to trace-split's topH/topG when a cell has no hessian-top-k record")
  void topFromTraceSplit() {
    Map<String, Object> values = new LinkedHashMap<>(traces(0, 1, 0, 1, 0, 0, 0).values());
    values.put("topH", list(7, 3));
    values.put("topG", list(6));
    CellResult cell = cell("a", "lbfgs", optimizer("lbfgs"), 1, 8, 1, CONSTANT_STEPS,
        List.of(record(Eigenspaces.TRACE_SPLIT, 0, values)));
    Eigenspaces.Result result = eigenspaces(data(null, List.of(cell)));
    assertArrayEquals(new double[] {7}, curve(chart(result, "topH"), "lbfgs \u03BB1").median());
    assertArrayEquals(new double[] {3}, curve(chart(result, "topH"), "lbfgs \u03BB2").median());
    assertArrayEquals(new double[] {6}, curve(chart(result, "topG"), "lbfgs \u03BB1").median());
    assertEquals(List.of(), charts(result, "stability"), "no 2/η line for L-BFGS: its step is not along −∇f");
  }

  @Test
  @DisplayName("stability constants: 2 for gd and plain sgd, 2(1+μ) heavy-ball, 2(1+μ)/(1+2μ) Nesterov, none else")
  void stabilityConstants() {
    ObjectNode heavyBall = optimizer("sgd").put("momentum", 0.9);
    ObjectNode nesterov = optimizer("sgd").put("momentum", 0.5).put("nesterov", true);
    assertEquals(2, Eigenspaces.stabilityConstant(optimizer("gd")));
    assertEquals(2, Eigenspaces.stabilityConstant(optimizer("sgd")));
    assertEquals(3.8, Eigenspaces.stabilityConstant(heavyBall), ROUNDING);
    assertEquals(1.5, Eigenspaces.stabilityConstant(nesterov), ROUNDING);
    assertTrue(Double.isNaN(Eigenspaces.stabilityConstant(optimizer("lbfgs"))));
    assertTrue(Double.isNaN(Eigenspaces.stabilityConstant(optimizer("adam"))));
    assertEquals("2/\u03B7", Eigenspaces.stabilityLabel(2));
    assertEquals("3.8/\u03B7", Eigenspaces.stabilityLabel(3.8));
  }

  @Test
  @DisplayName("the 2/η line: η the median step since the previous probe, the first step at the first probe")
  void thresholds() {
    double[] steps = {0.5, 0.5, 0.25, 0.25, Double.NaN, 0};
    // t=0: no step before, step 0 (0.5) -> 4; t=2: steps 0,1 -> 0.5 -> 4; t=4: steps 2,3 -> 0.25 -> 8;
    // t=6: steps 4,5 are NaN and 0, and there is no step 6 or usable step 5: no value
    TreeMap<Long, Double> expected = new TreeMap<>(Map.of(0L, 4.0, 2L, 4.0, 4L, 8.0));
    assertEquals(expected, Eigenspaces.thresholds(new long[] {0, 2, 4, 6}, steps, 2));
    // heavy-ball μ = 0.9 at η = 0.1: 3.8 / 0.1
    assertEquals(38, Eigenspaces.thresholds(new long[] {0}, new double[] {0.1}, 3.8).get(0L), ROUNDING);
  }

  @Test
  @DisplayName("edge-of-stability chart: λmax and c/η per eligible optimizer, medians over seeds")
  void edgeOfStabilityChart() {
    double[] half = new double[20];
    double[] quarter = new double[20];
    double[] tenth = new double[20];
    java.util.Arrays.fill(half, 0.5);
    java.util.Arrays.fill(quarter, 0.25);
    java.util.Arrays.fill(tenth, 0.1);
    ObjectNode heavyBall = optimizer("sgd").put("momentum", 0.9);
    List<CellResult> cells = List.of(
        cell("a", "gd", optimizer("gd"), 1, 8, 1, half, List.of(topK(0, "exact", 3), topK(10, "exact", 5))),
        cell("b", "gd", optimizer("gd"), 1, 8, 2, quarter, List.of(topK(0, "exact", 5), topK(10, "exact", 7))),
        cell("c", "sgd m=0.9", heavyBall, 1, 8, 1, tenth, List.of(topK(0, "exact", 10))),
        cell("d", "lbfgs", optimizer("lbfgs"), 1, 8, 1, half, List.of(topK(0, "exact", 1))));
    Eigenspaces.Chart chart = chart(eigenspaces(data(null, cells)), "stability");
    assertEquals(List.of("gd \u03BBmax", "gd 2/\u03B7", "sgd m=0.9 \u03BBmax", "sgd m=0.9 3.8/\u03B7"),
        chart.curves().stream().map(Eigenspaces.Curve::label).toList());
    assertArrayEquals(new double[] {4, 6}, curve(chart, "gd \u03BBmax").median());
    // seed 1: 2/0.5 = 4, seed 2: 2/0.25 = 8; median 6
    assertArrayEquals(new double[] {6, 6}, curve(chart, "gd 2/\u03B7").median());
    assertEquals("dashed", curve(chart, "gd 2/\u03B7").style());
    assertArrayEquals(new double[] {38}, curve(chart, "sgd m=0.9 3.8/\u03B7").median());
  }

  @Test
  @DisplayName("trace bands: median estimate, from the least (estimate − SE) to the greatest (estimate + SE)")
  void traceBands() {
    List<CellResult> cells = List.of(
        cell("a", "gd", optimizer("gd"), 1, 8, 1, null, List.of(traces(0, 4, 0.2, 3, 0.3, 1.0, 0.1),
            traces(10, 6, 0.2, 5, 0.3, 0.5, 0.25))),
        cell("b", "gd", optimizer("gd"), 1, 8, 2, null, List.of(traces(0, 6, 0.4, 4, 0.1, 2.0, 0.5))),
        cell("c", "lbfgs", optimizer("lbfgs"), 1, 8, 1, null, List.of(traces(0, 1, Double.NaN, 1, 0, 0.5,
            Double.NaN))));
    Eigenspaces.Result result = eigenspaces(data(null, cells));
    Eigenspaces.Curve s = curve(chart(result, "traceS"), "gd tr(S)");
    assertArrayEquals(new double[] {0, 10}, s.x());
    // it 0: estimates 1.0 ± 0.1 and 2.0 ± 0.5 -> median 1.5, band [0.9, 2.5]; it 10: seed 1 alone, 0.5 ± 0.25
    assertArrayEquals(new double[] {1.5, 0.5}, s.median(), ROUNDING);
    assertArrayEquals(new double[] {0.9, 0.25}, s.low(), ROUNDING);
    assertArrayEquals(new double[] {2.5, 0.75}, s.high(), ROUNDING);
    Eigenspaces.Curve h = curve(chart(result, "traceH"), "gd tr(H)");
    assertArrayEquals(new double[] {5, 6}, h.median(), ROUNDING);
    assertArrayEquals(new double[] {3.8, 5.8}, h.low(), ROUNDING);
    assertArrayEquals(new double[] {6.4, 6.2}, h.high(), ROUNDING);
    Eigenspaces.Curve noError = curve(chart(result, "traceS"), "lbfgs tr(S)");
    assertArrayEquals(new double[] {0.5}, noError.low(), "a missing SE counts as 0");
    assertArrayEquals(new double[] {0.5}, noError.high());
    assertTrue(!chart(result, "traceS").logY(), "tr(S) may be negative: linear axis");
  }

  @Test
  @DisplayName("tr(S) across widths: last record per cell, median over seeds per width, ± SE band; one width: no chart")
  void widths() {
    List<CellResult> cells = List.of(
        // width 8: final 3.0 ± 0.2 and 5.0 ± 0.1 -> median 4, band [2.8, 5.1]
        cell("a", "gd", optimizer("gd"), 1, 8, 1, null, List.of(traces(0, 9, 0, 9, 0, 9, 0),
            traces(10, 5, 0, 2, 0, 3.0, 0.2))),
        cell("b", "gd", optimizer("gd"), 1, 8, 2, null, List.of(traces(10, 7, 0, 2, 0, 5.0, 0.1))),
        // width 16: 2.0 ± 0 and 2.5 without SE -> median 2.25, band [2.0, 2.5]
        cell("c", "gd", optimizer("gd"), 1, 16, 1, null, List.of(traces(10, 3, 0, 1, 0, 2.0, 0))),
        cell("d", "gd", optimizer("gd"), 1, 16, 2, null, List.of(traces(10, 3, 0, 1, 0, 2.5, Double.NaN))),
        // width 32: one seed, its earlier record ignored: 1.0 ± 0.5
        cell("e", "gd", optimizer("gd"), 1, 32, 1, null, List.of(traces(0, 3, 0, 1, 0, 9, 0),
            traces(20, 3, 0, 1, 0, 1.0, 0.5))),
        // depth 2 has one width only: no chart for it
        cell("f", "gd", optimizer("gd"), 2, 8, 1, null, List.of(traces(10, 3, 0, 1, 0, 1.0, 0.5))));
    Eigenspaces.Result result = eigenspaces(data(null, cells));
    List<Eigenspaces.Chart> widthCharts = charts(result, "width");
    assertEquals(1, widthCharts.size());
    Eigenspaces.Chart chart = widthCharts.get(0);
    assertEquals(-1, chart.problem());
    assertTrue(chart.logX() && !chart.training(), "width on a base-2 log axis");
    Eigenspaces.Curve curve = curve(chart, "gd tr(S)");
    assertArrayEquals(new double[] {8, 16, 32}, curve.x());
    assertArrayEquals(new double[] {4, 2.25, 1.0}, curve.median(), ROUNDING);
    assertArrayEquals(new double[] {2.8, 2.0, 0.5}, curve.low(), ROUNDING);
    assertArrayEquals(new double[] {5.1, 2.5, 1.5}, curve.high(), ROUNDING);
    assertEquals(2, curve.seeds());
    Eigenspaces.Block across = result.section().blocks().get(result.section().blocks().size() - 1);
    assertEquals("Across widths", across.heading());
    assertEquals("tr(S) at the end against width: mlp on synthetic, depth 1, full batch", across.charts().get(0).title());
  }

  @Test
  @DisplayName("width: a model.width axis, else the model block's number or list of equal numbers; else none")
  void widthOfCell() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    CellSpec axis = new CellSpec(optimizer("gd"), f.objectNode().put("id", "mlp").put("width", 3), null, 0, 1, null,
        null, 1, "gd", "p", Map.of("model.width", f.numberNode(64)));
    assertEquals(64, Eigenspaces.width(axis), "the axis wins");
    ObjectNode layers = f.objectNode().put("id", "mlp");
    layers.putArray("width").add(16).add(16);
    assertEquals(16, Eigenspaces.width(new CellSpec(optimizer("gd"), layers, null, 0, 1, null, null, 1, "gd", "p",
        Map.of())));
    ObjectNode uneven = f.objectNode().put("id", "mlp");
    uneven.putArray("width").add(16).add(32);
    assertTrue(Double.isNaN(Eigenspaces.width(new CellSpec(optimizer("gd"), uneven, null, 0, 1, null, null, 1, "gd",
        "p", Map.of()))));
  }

  @Test
  @DisplayName("spectral densities: first, middle and last checkpoints; seeds interpolated onto one grid, 0 outside")
  void densities() {
    assertArrayEquals(new long[] {0, 10, 30}, Eigenspaces.checkpoints(new long[] {0, 10, 20, 30}));
    assertArrayEquals(new long[] {0, 10}, Eigenspaces.checkpoints(new long[] {0, 10}));
    assertArrayEquals(new long[] {5}, Eigenspaces.checkpoints(new long[] {5}));
    // seed 1: grid 0,1,2 density 0,1,0; seed 2: grid 1,2,3 density 0,2,0; common grid 0, 1.5, 3:
    // at 1.5 seed 1 is 0.5 and seed 2 is 1 -> median 0.75; at 0 and 3 both are 0 (one outside its grid)
    double[][] common = Eigenspaces.commonDensity(List.of(
        new double[][] {{0, 1, 2}, {0, 1, 0}}, new double[][] {{1, 2, 3}, {0, 2, 0}}));
    assertArrayEquals(new double[] {0, 1.5, 3}, common[0]);
    assertArrayEquals(new double[] {0, 0.75, 0}, common[1], ROUNDING);
    assertArrayEquals(new double[] {0, 0.5, 0}, common[2], ROUNDING);
    assertArrayEquals(new double[] {0, 1, 0}, common[3], ROUNDING);

    List<ProbeRecord> probes = new java.util.ArrayList<>();
    for (long it : new long[] {0, 10, 20, 30}) {
      probes.add(record(Eigenspaces.DENSITY, it, Map.of("grid", list(0, 1, 2), "density", list(0, it, 0),
          "mode", "exact")));
    }
    Eigenspaces.Result result = eigenspaces(data(null, List.of(cell("a", "gd", optimizer("gd"), 1, 8, 1, null, probes))));
    Eigenspaces.Chart chart = chart(result, "density");
    assertEquals(List.of("gd, iteration 0", "gd, iteration 10", "gd, iteration 30"),
        chart.curves().stream().map(Eigenspaces.Curve::label).toList());
    assertArrayEquals(new double[] {0, 30, 0}, chart.curves().get(2).median());
    assertEquals(List.of("#9ecae1", "#3182bd", "#08306b"),
        chart.curves().stream().map(Eigenspaces.Curve::color).toList());
    assertTrue(!chart.training() && chart.logY() && chart.floor() == Eigenspaces.DENSITY_FLOOR);
    assertEquals("Spectral density of H, gd", result.section().blocks().get(0).charts().get(0).title());
  }

  @Test
  @DisplayName("N_eff: one chart per z, labelled from the record, else from the sweep file, else by position")
  void effectiveDimension() {
    Map<String, Object> values = new LinkedHashMap<>(traces(0, 1, 0, 1, 0, 0, 0).values());
    values.put("effectiveDimension", list(2.5, 1.25));
    Map<String, Object> later = new LinkedHashMap<>(values);
    later.put("effectiveDimension", list(3.5, 1.75));
    List<CellResult> cells = List.of(
        cell("a", "gd", optimizer("gd"), 1, 8, 1, null, List.of(record(Eigenspaces.TRACE_SPLIT, 0, values),
            record(Eigenspaces.TRACE_SPLIT, 10, later))),
        cell("b", "gd", optimizer("gd"), 1, 8, 2, null, List.of(record(Eigenspaces.TRACE_SPLIT, 0, later))));
    String sweep = "{\"probes\": [{\"id\": \"trace-split\", \"k\": 5, \"effectiveDimensionZ\": [0.1, 1]}]}";
    Eigenspaces.Result result = eigenspaces(data(sweep, cells));
    List<Eigenspaces.Chart> neff = charts(result, "neff");
    assertEquals(List.of("N_eff(z = 0.1)", "N_eff(z = 1)"), neff.stream().map(Eigenspaces.Chart::yName).toList());
    assertArrayEquals(new double[] {3, 3.5}, curve(neff.get(0), "gd N_eff").median());
    assertArrayEquals(new double[] {1.5, 1.75}, curve(neff.get(1), "gd N_eff").median());
    assertEquals("N_eff(z #1)", charts(eigenspaces(data("z: [0.1]", cells)), "neff").get(0).yName(),
        "a YAML sweep file is not read");
    Map<String, Object> withZ = new LinkedHashMap<>(values);
    withZ.put("effectiveDimensionZ", list(0.5, 2));
    CellResult own = cell("c", "gd", optimizer("gd"), 1, 8, 1, null, List.of(record(Eigenspaces.TRACE_SPLIT, 0, withZ)));
    assertEquals("N_eff(z = 0.5)", charts(eigenspaces(data(sweep, List.of(own))), "neff").get(0).yName());
  }

  @Test
  @DisplayName("SWAG and null-space tables: medians of each cell's last record; a lower-bound rank marked ≥")
  void tables() {
    Map<String, Object> swag1 = new LinkedHashMap<>();
    swag1.put("snapshots", 5);
    swag1.put("rank", 4);
    swag1.put("swaLoss", 0.5);
    swag1.put("swagLoss", 0.45);
    swag1.put("iterateLoss", 0.6);
    swag1.put("overlap", 0.25);
    swag1.put("nearNullShare", 0.9);
    swag1.put("randomNearNullShare", 0.95);
    Map<String, Object> swag2 = new LinkedHashMap<>(swag1);
    swag2.put("snapshots", 7);
    swag2.put("swaLoss", 0.7);
    swag2.put("overlap", 0.75);
    swag2.put("nearNullShare", 0.8);
    Map<String, Object> early = new LinkedHashMap<>(swag1);
    early.put("swaLoss", 100.0);
    Map<String, Object> null1 = Map.of("rank", 30, "rankIsLowerBound", true, "nullity", 70, "parameters", 100,
        "batchSize", 64);
    Map<String, Object> null2 = Map.of("rank", 40, "rankIsLowerBound", false, "nullity", 60, "parameters", 100,
        "batchSize", 64);
    List<CellResult> cells = List.of(
        cell("a", "sgd", optimizer("sgd"), 1, 8, 1, null, List.of(record(Eigenspaces.SWAG, 10, early),
            record(Eigenspaces.SWAG, 20, swag1), record(Eigenspaces.NULL_SPACE, 20, null1))),
        cell("b", "sgd", optimizer("sgd"), 1, 8, 2, null, List.of(record(Eigenspaces.SWAG, 20, swag2),
            record(Eigenspaces.NULL_SPACE, 20, null2))));
    Eigenspaces.Result result = eigenspaces(data(null, cells));
    Eigenspaces.Section section = result.section();
    // overlap over training: 0.25 at 10 (seed 1's early record), 0.25 and 0.75 at 20 -> 0.5
    Eigenspaces.Curve overlap = curve(chart(result, "swagOverlap"), "sgd overlap");
    assertArrayEquals(new double[] {10, 20}, overlap.x());
    assertArrayEquals(new double[] {0.25, 0.5}, overlap.median());
    assertEquals(1, section.swag().size());
    Eigenspaces.Row swag = section.swag().get(0);
    assertEquals(2, swag.seeds());
    // snapshots, rank, iterate / SWA / SWAG loss, iterate / SWA / SWAG accuracy, training loss at SWA, overlap
    assertEquals(List.of("6", "4", "0.6", "0.6", "0.45", Format.MISSING, Format.MISSING, Format.MISSING,
        Format.MISSING, "0.5"), swag.columns());
    Eigenspaces.Row nullRow = section.nullSpace().get(0);
    // rank, nullity, parameters, probe batch, null share, SWAG energy in the near-null space, a random direction's
    assertEquals(List.of("\u2265 35", "\u2264 65", "100", "64", "\u2264 0.65", "0.85", "0.95"), nullRow.columns());
    assertEquals("mlp w8 depth=1", nullRow.problem());
  }
}
