package org.hesstrucks.result;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hesstrucks.cost.CostSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResultJsonTest {
  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;

  private final ObjectMapper mapper = ResultJson.mapper();

  private static Trace trace() {
    Map<String, double[]> heldOut = new LinkedHashMap<>();
    heldOut.put("loss", new double[] {2.5, NAN, 1.25});
    Map<String, double[]> telemetry = new LinkedHashMap<>();
    telemetry.put("batchLoss", new double[] {3, -INF, INF, 0.5});
    telemetry.put("stepLength", new double[] {1, 0.5, NAN, 0.25});
    return new Trace(new long[] {0, 2, 3}, new double[] {0, 0.5, 0.75}, new double[] {0, 64, 96},
        new double[] {0, 0.01, 0.02}, new double[] {4, INF, NAN}, new double[] {2, 1e-300, -0.0}, heldOut,
        telemetry);
  }

  private CellResult result() throws Exception {
    JsonNode optimizer = mapper.readTree("{\"id\":\"gd\",\"lineSearch\":{\"id\":\"backtracking\",\"shrink\":0.5}}");
    JsonNode model = mapper.readTree("{\"id\":\"quadratic\",\"dimension\":10}");
    CellSpec spec = new CellSpec(optimizer, model, null, 64, 7L, new Budget(100L, null, 1e4, null), Stopping.none(),
        5, "gd shrink=0.5", "quadratic", Map.of("optimizer.lineSearch.shrink", mapper.readTree("0.5")));
    Summary summary = new Summary(3, 4, NAN, 2, 2, INF, 0.75, 96, 0.02, 0.5,
        new CostSnapshot(1, 3, 0, 64, 192, 0));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("topEigenvalue", 12.5);
    values.put("trace", NAN);
    values.put("eigenvalues", List.of(12.5, 3.0));
    ProbeRecord probe = new ProbeRecord("hessian-spectrum", 2, 0.125, values);
    Provenance provenance = new Provenance(Map.of("optimizer:gd", "0.1.0"), "1.0.0-SNAPSHOT", "Temurin 17",
        "Linux 6.1 amd64", "a CPU", 8, "host", null, "2024-06-07T12:00:00Z", Map.of());
    return new CellResult(CellResult.SCHEMA_VERSION, "demo", "abc123", spec, CellStatus.DIVERGED,
        "loss became infinite at iteration 3", summary, trace(), List.of(probe), provenance);
  }

  @Test
  @DisplayName("a CellResult with NaN and ±∞ in its trace round-trips; non-finite numbers come back as NaN")
  void roundTrip() throws Exception {
    CellResult written = result();
    CellResult read = mapper.readValue(mapper.writeValueAsString(written), CellResult.class);

    assertEquals(CellResult.SCHEMA_VERSION, read.schemaVersion());
    assertEquals("demo", read.sweep());
    assertEquals("abc123", read.cellId());
    assertSame(CellStatus.DIVERGED, read.status());
    assertEquals(written.message(), read.message());
    assertEquals(written.spec(), read.spec());
    assertEquals(written.provenance(), read.provenance());

    Trace t = read.trace();
    assertArrayEquals(new long[] {0, 2, 3}, t.iteration());
    assertArrayEquals(new double[] {0, 0.5, 0.75}, t.epochs(), 0);
    assertArrayEquals(new double[] {0, 64, 96}, t.gradientEquivalents(), 0);
    assertArrayEquals(new double[] {0, 0.01, 0.02}, t.seconds(), 0);
    assertArrayEquals(new double[] {4, NAN, NAN}, t.loss(), 0);
    assertArrayEquals(new double[] {2, 1e-300, -0.0}, t.gradientNorm(), 0);
    assertEquals(List.of("loss"), List.copyOf(t.heldOut().keySet()));
    assertArrayEquals(new double[] {2.5, NAN, 1.25}, t.heldOut().get("loss"), 0);
    assertEquals(List.of("batchLoss", "stepLength"), List.copyOf(t.telemetry().keySet()));
    assertArrayEquals(new double[] {3, NAN, NAN, 0.5}, t.telemetry().get("batchLoss"), 0);
    assertArrayEquals(new double[] {1, 0.5, NAN, 0.25}, t.telemetry().get("stepLength"), 0);

    Summary s = read.summary();
    Summary expected = new Summary(3, 4, NAN, 2, 2, NAN, 0.75, 96, 0.02, 0.5, new CostSnapshot(1, 3, 0, 64, 192, 0));
    assertEquals(expected, s);

    ProbeRecord probe = read.probes().get(0);
    assertEquals("hessian-spectrum", probe.probe());
    assertEquals(2, probe.iteration());
    assertEquals(12.5, probe.values().get("topEigenvalue"));
    assertTrue(probe.values().containsKey("trace"));
    assertNull(probe.values().get("trace"), "a non-finite Double in free-form values is written and read as null");
    assertEquals(List.of(12.5, 3.0), probe.values().get("eigenvalues"));
  }

  @Test
  @DisplayName("a cell without a dataset reads back with dataset() == null, not a JSON NullNode")
  void absentDatasetReadsBackAsNull() throws Exception {
    CellResult read = mapper.readValue(mapper.writeValueAsString(result()), CellResult.class);
    assertNull(read.spec().dataset());
    assertTrue(mapper.writeValueAsString(result()).contains("\"dataset\":null"));
  }

  @Test
  @DisplayName("non-finite numbers are written as null: the file is standard JSON")
  void nonFiniteWrittenAsNull() throws Exception {
    String text = mapper.writeValueAsString(result());
    assertFalse(text.contains("NaN"), text);
    assertFalse(text.contains("Infinity"), text);
    assertTrue(text.contains("\"loss\":[4.0,null,null]"), text);
    assertTrue(text.contains("\"batchLoss\":[3.0,null,null,0.5]"), text);
    assertTrue(text.contains("\"finalLoss\":null"), text);
    assertTrue(text.contains("\"finalGradientNorm\":null"), text);
    assertTrue(text.contains("\"trace\":null"), text);
    assertTrue(text.contains("\"status\":\"diverged\""), text);
    // A strict reader (no NaN extension) accepts the file.
    new ObjectMapper().readTree(text);
  }

  @Test
  @DisplayName("unknown fields in a result file are ignored, at the top and inside nested records")
  void unknownFieldsIgnored() throws Exception {
    ObjectNode tree = (ObjectNode) mapper.readTree(mapper.writeValueAsString(result()));
    tree.put("futureTopLevel", "from schema 2");
    ((ObjectNode) tree.get("trace")).putArray("futureColumn").add(1).add(2);
    ((ObjectNode) tree.get("summary")).put("futureNumber", 3);
    CellResult read = mapper.treeToValue(tree, CellResult.class);
    assertEquals("abc123", read.cellId());
    assertArrayEquals(new double[] {4, NAN, NAN}, read.trace().loss(), 0);
  }

  @Test
  @DisplayName("cell statuses are written in lower case and read back")
  void statusIds() throws Exception {
    for (CellStatus status : CellStatus.values()) {
      String json = mapper.writeValueAsString(status);
      assertEquals("\"" + status.name().toLowerCase(java.util.Locale.ROOT) + "\"", json);
      assertSame(status, mapper.readValue(json, CellStatus.class));
    }
  }

  @Test
  @DisplayName("a null primitive double reads as NaN, a null double[] entry as NaN")
  void nullsReadAsNaN() throws Exception {
    Summary s = mapper.readValue("{\"iterations\":1,\"initialLoss\":null,\"finalLoss\":1}", Summary.class);
    assertTrue(Double.isNaN(s.initialLoss()));
    assertEquals(1.0, s.finalLoss(), 0);
    double[] values = mapper.readValue("[1, null, 2.5]", double[].class);
    assertArrayEquals(new double[] {1, NAN, 2.5}, values, 0);
    double[] many = mapper.readValue("[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19]", double[].class);
    assertEquals(20, many.length);
    assertEquals(19.0, many[19], 0);
    assertArrayEquals(new double[0], mapper.readValue("[]", double[].class), 0);
  }
}
