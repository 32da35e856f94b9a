package org.hesstrucks.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hesstrucks.harness.bench.BenchCompare.Row;
import org.hesstrucks.harness.bench.BenchCompare.Score;
import org.hesstrucks.harness.bench.BenchCompare.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenchCompareTest {
  /** Ratios are quotients of short decimals: exact to rounding. */
  private static final double RATIO_TOLERANCE = 1e-12;
  private static final String SEARCH = "org.x.LineSearchBenchmark.search [problem=free-10,search=armijo] avgt";
  private static final String NOISY = "org.x.QuadraticBenchmark.noisy [n=1000] avgt";
  private static final String COPY = "org.x.CopyBenchmark.copy thrpt";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static String fixture(String name) {
    try {
      return Path.of(BenchCompareTest.class.getResource("/bench-compare/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private int run(String... args) {
    return BenchCompare.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static Row row(List<Row> rows, String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + key + " in " + rows));
  }

  private static List<Row> compareFixtures(double threshold) throws Exception {
    Map<String, Score> before = BenchCompare.read(Path.of(fixture("old.json")));
    Map<String, Score> after = BenchCompare.read(Path.of(fixture("new.json")));
    return BenchCompare.compare(before, after, threshold, "old.json", "new.json");
  }

  @Test
  @DisplayName("a 30% slower time per operation, far beyond both errors (2 + 3), is a significant slowdown: exit 1")
  void significantSlowdownFails() throws Exception {
    Row search = row(compareFixtures(BenchCompare.DEFAULT_THRESHOLD), SEARCH);
    assertEquals(1.3, search.ratio(), RATIO_TOLERANCE);
    assertTrue(search.significant());
    assertEquals(Verdict.SLOWER, search.verdict());
    assertEquals(BenchCompare.SLOWER, run(fixture("old.json"), fixture("new.json")));
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains(SEARCH), table);
    assertTrue(table.contains("ratio 1.300  SLOWER"), table);
    assertTrue(table.endsWith("3 compared, 2 in one file only, 2 significantly slower beyond 10%\n"), table);
  }

  @Test
  @DisplayName("parameters match by name whatever their order in the file")
  void parametersAreKeyedByName() throws Exception {
    assertTrue(BenchCompare.read(Path.of(fixture("new.json"))).containsKey(SEARCH));
  }

  @Test
  @DisplayName("15% slower but within the combined error (10 + 10) is noise, not a slowdown")
  void noiseIsNotSignificant() throws Exception {
    Row noisy = row(compareFixtures(BenchCompare.DEFAULT_THRESHOLD), NOISY);
    assertEquals(1.15, noisy.ratio(), RATIO_TOLERANCE);
    assertFalse(noisy.significant());
    assertEquals(Verdict.NOISE, noisy.verdict());
  }

  @Test
  @DisplayName("a throughput that drops from 1000 to 800 ops/s is a slowdown of 1.25×")
  void throughputDropIsSlower() throws Exception {
    Row copy = row(compareFixtures(BenchCompare.DEFAULT_THRESHOLD), COPY);
    assertEquals(0.8, copy.ratio(), RATIO_TOLERANCE);
    assertEquals(Verdict.SLOWER, copy.verdict());
    assertEquals(Verdict.SMALL, row(compareFixtures(0.3), COPY).verdict());
  }

  @Test
  @DisplayName("a benchmark present in one file only is listed, not judged, and fails nothing")
  void benchmarkInOneFileOnly() throws Exception {
    List<Row> rows = compareFixtures(BenchCompare.DEFAULT_THRESHOLD);
    assertEquals(Verdict.ONLY_OLD, row(rows, "org.x.GoneBenchmark.gone avgt").verdict());
    Row added = row(rows, "org.x.AddedBenchmark.added avgt");
    assertEquals(Verdict.ONLY_NEW, added.verdict());
    assertEquals(0.0, added.after().error(), 0.0, "JMH's \"NaN\" error reads as 0");
    assertEquals(5, rows.size());
    assertEquals(BenchCompare.OK, run("--threshold", "0.5", fixture("old.json"), fixture("new.json")));
  }

  @Test
  @DisplayName("a benchmark with different units in the two files is refused with both units named: exit 2")
  void differentUnitsRefused() {
    assertEquals(BenchCompare.BAD_INPUT, run(fixture("old.json"), fixture("other-units.json")));
    assertEquals("bench-compare: " + SEARCH + ": different units, ns/op in " + fixture("old.json") + " and us/op in "
        + fixture("other-units.json") + "; rerun with the same -tu\n", err.toString(StandardCharsets.UTF_8));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("a negative threshold and a missing file are refused with a message: exit 2")
  void badArgumentsRefused() {
    assertEquals(BenchCompare.BAD_INPUT, run("--threshold", "-0.1", "a.json", "b.json"));
    assertEquals("bench-compare: --threshold: expected a fraction ≥ 0 such as 0.1, got '-0.1'\n",
        err.toString(StandardCharsets.UTF_8));
    err.reset();
    assertEquals(BenchCompare.BAD_INPUT, run(fixture("old.json")));
    assertEquals("bench-compare: expected two JMH JSON files, got 1; usage: bench-compare [--threshold FRACTION]"
        + " OLD.json NEW.json\n", err.toString(StandardCharsets.UTF_8));
  }
}
