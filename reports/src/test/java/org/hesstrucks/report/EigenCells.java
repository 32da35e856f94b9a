package org.hesstrucks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hesstrucks.result.Budget;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellSpec;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ProbeRecord;
import org.hesstrucks.result.Stopping;
import org.hesstrucks.result.Trace;

/** Cells with eigenspace probe records built by hand, with numbers chosen so the reductions are easy to check. */
final class EigenCells {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private EigenCells() {}

  static ObjectNode optimizer(String id) {
    return F.objectNode().put("id", id);
  }

  /** A cell of an MLP of this depth and width (in the model block, as a sweep with one block per width has it). */
  static CellResult cell(String cellId, String label, ObjectNode optimizer, int depth, int width, long seed,
      double[] stepLength, List<ProbeRecord> probes) {
    ObjectNode model = F.objectNode().put("id", "mlp").put("depth", depth).put("width", width);
    Map<String, JsonNode> axes = new LinkedHashMap<>();
    axes.put("model.depth", F.numberNode(depth));
    CellSpec spec = new CellSpec(optimizer, model, F.objectNode().put("id", "synthetic"), 0, seed,
        new Budget(40L, null, null, null), Stopping.none(), 10, label, "mlp w" + width + " depth=" + depth, axes);
    long[] iteration = {0, 10, 20};
    Map<String, double[]> telemetry = new LinkedHashMap<>();
    if (stepLength != null) {
      telemetry.put("stepLength", stepLength);
    }
    Trace trace = TestCells.trace(iteration, new double[] {3, 2, 1}, new double[] {1, 0.5, 0.2}, telemetry);
    return new CellResult(CellResult.SCHEMA_VERSION, "eig", cellId, spec, CellStatus.BUDGET, "",
        TestCells.summary(20, 1, 0.2, 0.1), trace, probes, TestCells.provenance("bench-1"));
  }

  static ProbeRecord topK(long iteration, String mode, double... eigenvalues) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("eigenvalues", list(eigenvalues));
    values.put("mode", mode);
    return new ProbeRecord(Eigenspaces.TOP_K, iteration, 0.01, values);
  }

  static ProbeRecord traces(long iteration, double h, double hError, double g, double gError, double s,
      double sError) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("traceH", h);
    values.put("traceHError", hError);
    values.put("traceG", g);
    values.put("traceGError", gError);
    values.put("traceS", s);
    values.put("traceSError", sError);
    return new ProbeRecord(Eigenspaces.TRACE_SPLIT, iteration, 0.01, values);
  }

  static ProbeRecord record(String probe, long iteration, Map<String, Object> values) {
    return new ProbeRecord(probe, iteration, 0.01, values);
  }

  static List<Double> list(double... values) {
    List<Double> out = new ArrayList<>();
    for (double v : values) {
      out.add(v);
    }
    return out;
  }

  static ReportData data(String sweepFile, List<CellResult> cells) {
    return new ReportData(Path.of("r"), "eig", sweepFile, cells, List.of());
  }

  static Eigenspaces.Result eigenspaces(ReportData data) {
    return Eigenspaces.of(data, data.problems(), data.optimizerLabels());
  }

  /** The charts of one kind, in page order. */
  static List<Eigenspaces.Chart> charts(Eigenspaces.Result result, String kind) {
    return result.charts().stream().filter(chart -> chart.kind().equals(kind)).toList();
  }

  /** The one chart of this kind. */
  static Eigenspaces.Chart chart(Eigenspaces.Result result, String kind) {
    List<Eigenspaces.Chart> charts = charts(result, kind);
    if (charts.size() != 1) {
      throw new AssertionError(charts.size() + " charts of kind " + kind + "; kinds: "
          + result.charts().stream().map(Eigenspaces.Chart::kind).toList());
    }
    return charts.get(0);
  }

  /** The curve with this label in a chart. */
  static Eigenspaces.Curve curve(Eigenspaces.Chart chart, String label) {
    return chart.curves().stream().filter(curve -> curve.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no curve '" + label + "' in "
            + chart.curves().stream().map(Eigenspaces.Curve::label).toList()));
  }
}
