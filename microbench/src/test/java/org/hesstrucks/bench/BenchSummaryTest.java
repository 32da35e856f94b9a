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
  @DisplayName("the timed two-loop bound is 2 × readPairs + 2 × arrayCopy: 3 µs and 0.5 µs give 7 µs")
  void timedBound() {
    assertEquals(7.0, BenchSummary.timedBoundMicros(3, 0.5), TOLERANCE);
  }

  @Test
  @DisplayName("OpenBLAS at 2048 is the peak: 40 GFLOP/s at 512 against 50 at 2048 is 80%; Java 10 GFLOP/s is 20%;"
      + " per CPU second (2 CPU seconds per iteration) the same shares of half the rates")
  void dgemmShareOfPeak() throws Exception {
    String json = "[" + dgemm("openblas", 2048, 5e10) + ", " + dgemm("openblas", 512, 4e10) + ", "
        + dgemm("java", 512, 1e10) + "]";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BenchSummary.print(new ObjectMapper().readTree(json), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("| openblas | 1 | 512 | 40.00 | 40.00–40.00 | 80% | 20.00 | 80% |"), text);
    assertTrue(text.contains("| java | 1 | 512 | 10.00 | 10.00–10.00 | 20% | 5.00 | 20% |"), text);
  }

  private static String dgemm(String kernel, int size, double flops) {
    return "{\"benchmark\": \"org.hesstrucks.model.mlp.DgemmBenchmark.multiply\", \"mode\": \"thrpt\","
        + " \"params\": {\"size\": \"" + size + "\", \"kernel\": \"" + kernel + "\", \"threads\": \"1\"},"
        + " \"primaryMetric\": {\"score\": 1, \"scoreUnit\": \"ops/s\", \"rawData\": [[1]]},"
        + " \"secondaryMetrics\": {\"flops\": {\"score\": " + flops + ", \"scoreUnit\": \"ops/s\","
        + " \"rawData\": [[" + flops + "]]}, \"gflop\": {\"score\": 1, \"scoreUnit\": \"#\", \"rawData\": [["
        + flops * 1e-9 + "]]}, \"cpuNanos\": {\"score\": 1, \"scoreUnit\": \"#\", \"rawData\": [[2e9]]}}}";
  }

  @Test
  @DisplayName("medians over all forks' iterations: odd and even counts")
  void medians() throws Exception {
    JsonNode metric = new ObjectMapper().readTree("{\"rawData\": [[5, 1], [3]]}");
    assertEquals(3.0, BenchSummary.median(BenchSummary.raw(metric)), TOLERANCE);
    assertEquals(2.5, BenchSummary.median(new double[] {4, 1, 2, 3}), TOLERANCE);
  }

  @Test
  @DisplayName("a two-loop run of 2 µs against readPairs 0.4 µs and a copy of 1e7 per second (0.1 µs) gives"
      + " the bound 1 µs and the ratio 2.00; against 192 GB/s the old definition also gives 2.00")
  void twoLoopRatio() throws Exception {
    String json = "[{\"benchmark\": \"org.hesstrucks.optimizer.lbfgs.TwoLoopRecursionBenchmark.multiply\","
        + " \"mode\": \"avgt\", \"params\": {\"m\": \"5\", \"n\": \"1000\"}, \"primaryMetric\": {\"score\": 2,"
        + " \"scoreUnit\": \"us/op\", \"rawData\": [[2, 2, 2]]}, \"secondaryMetrics\": {}},"
        + " {\"benchmark\": \"org.hesstrucks.optimizer.lbfgs.TwoLoopRecursionBenchmark.readPairs\","
        + " \"mode\": \"avgt\", \"params\": {\"m\": \"5\", \"n\": \"1000\"}, \"primaryMetric\": {\"score\": 0.4,"
        + " \"scoreUnit\": \"us/op\", \"rawData\": [[0.4]]}, \"secondaryMetrics\": {}},"
        + " {\"benchmark\": \"org.hesstrucks.optimizer.lbfgs.TwoLoopRecursionBenchmark.arrayCopy\", \"mode\": \"thrpt\","
        + " \"params\": {\"n\": \"1000\"}, \"primaryMetric\": {\"score\": 1e7, \"scoreUnit\": \"ops/s\","
        + " \"rawData\": [[1e7]]}, \"secondaryMetrics\": {\"bytes\": {\"score\": 1.92e11, \"scoreUnit\": \"ops/s\","
        + " \"rawData\": [[1.92e11]]}}}]";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BenchSummary.print(new ObjectMapper().readTree(json), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("| 1000 | 5 | 2.000 | 0.4000 | 0.1000 | 1.000 | 2.00 | 2.00 |"), text);
  }
}
