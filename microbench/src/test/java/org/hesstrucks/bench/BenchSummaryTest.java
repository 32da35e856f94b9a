package org.hesstrucks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenchSummaryTest {
  /** Closed-form quotients of short decimals: exact to rounding. */
  private static final double TOLERANCE = 1e-12;

  @Test
  @DisplayName("the two-loop bound is (4m + 4)·8n bytes over the bandwidth: n = 1000, m = 5 at 192 GB/s is 1 µs")
  void boundInClosedForm() {
    assertEquals(1.0, BenchSummary.boundMicros(1000, 5, 192e9), TOLERANCE);
    assertEquals(2.0, BenchSummary.boundMicros(1000, 5, 96e9), TOLERANCE);
  }

  @Test
  @DisplayName("medians over all forks' iterations: odd and even counts")
  void medians() throws Exception {
    JsonNode metric = new ObjectMapper().readTree("{\"rawData\": [[5, 1], [3]]}");
    assertEquals(3.0, BenchSummary.median(BenchSummary.raw(metric)), TOLERANCE);
    assertEquals(2.5, BenchSummary.median(new double[] {4, 1, 2, 3}), TOLERANCE);
  }

  @Test
  @DisplayName("a two-loop run at twice its bound and a copy at the same n give the ratio 2.00")
  void twoLoopRatio() throws Exception {
    String json = "[{\"benchmark\": \"org.hesstrucks.optimizer.lbfgs.TwoLoopRecursionBenchmark.multiply\","
        + " \"mode\": \"avgt\", \"params\": {\"m\": \"5\", \"n\": \"1000\"}, \"primaryMetric\": {\"score\": 2,"
        + " \"scoreUnit\": \"us/op\", \"rawData\": [[2, 2, 2]]}, \"secondaryMetrics\": {}},"
        + " {\"benchmark\": \"org.hesstrucks.optimizer.lbfgs.TwoLoopRecursionBenchmark.arrayCopy\", \"mode\": \"thrpt\","
        + " \"params\": {\"n\": \"1000\"}, \"primaryMetric\": {\"score\": 1.2e7, \"scoreUnit\": \"ops/s\","
        + " \"rawData\": [[1.2e7]]}, \"secondaryMetrics\": {\"bytes\": {\"score\": 1.92e11, \"scoreUnit\": \"ops/s\","
        + " \"rawData\": [[1.92e11]]}}}]";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BenchSummary.print(new ObjectMapper().readTree(json), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("| 1000 | 5 | 2.000 | 192.0 | 1.000 | 2.00 |"), text);
  }
}
