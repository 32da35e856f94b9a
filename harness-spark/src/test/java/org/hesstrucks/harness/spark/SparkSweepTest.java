package org.hesstrucks.harness.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.hesstrucks.harness.cli.HessTrucksCommand;
import org.hesstrucks.harness.plugins.HarnessModule;
import org.hesstrucks.harness.sweep.SweepCompiler;
import org.hesstrucks.harness.sweep.SweepException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit entry point: refusals before any job, and a whole sweep on {@code local[2,2]}. */
class SparkSweepTest {
  @TempDir
  Path temp;

  private record Run(int code, String out, String err) {}

  private static Run run(SparkConf conf, String... args) {
    conf.set("spark.extraListeners", ContextCounter.class.getName());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkSweep.execute(new SparkSweep(conf), args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Path sweepFile(String json) throws IOException {
    Path file = temp.resolve("sweep.json");
    Files.writeString(file, json.replace('\'', '"'));
    return file;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  @DisplayName("a plugin jar that does not exist is refused before the Spark context starts, with its path")
  void missingJarIsRefused() throws IOException {
    int before = ContextCounter.STARTED.get();
    Path missing = temp.resolve("no-such-plugin.jar");
    SparkConf conf = TestSpark.conf().set("spark.jars", "file:" + missing + "," + TestSpark.pluginJars().get(0));
    assertEquals(List.of("spark.jars (--jars): no such file: " + missing), SparkSweep.preflight(conf));
    Run run = run(conf, sweepFile(TestSpark.SWEEP).toString(), "-o", temp.resolve("out").toString());
    assertEquals(HessTrucksCommand.EXIT_BAD_INPUT, run.code());
    assertEquals("error: spark.jars (--jars): no such file: " + missing + System.lineSeparator(), run.err());
    assertEquals(0, ContextCounter.STARTED.get() - before, "no Spark context was started");
    assertTrue(Files.notExists(temp.resolve("out")), "nothing was written");
  }

  @Test
  @DisplayName("a standalone master nobody listens on is refused before the Spark context starts")
  void unreachableMasterIsRefused() throws IOException {
    int before = ContextCounter.STARTED.get();
    int port = closedPort();
    SparkConf conf = TestSpark.conf().setMaster("spark://127.0.0.1:" + port);
    assertEquals(List.of("cannot reach the Spark master spark://127.0.0.1:" + port + ": 127.0.0.1:" + port
        + " (ConnectException)"), SparkSweep.preflight(conf));
    Run run = run(conf, sweepFile(TestSpark.SWEEP).toString(), "-o", temp.resolve("out").toString());
    assertEquals(HessTrucksCommand.EXIT_BAD_INPUT, run.code());
    assertEquals(0, ContextCounter.STARTED.get() - before, "no Spark context was started");
  }

  @Test
  @DisplayName("a sweep that fails validation is refused with the compiler's reasons, before Spark is contacted")
  void invalidSweepIsRefused() throws IOException {
    int before = ContextCounter.STARTED.get();
    Path file = sweepFile(TestSpark.SWEEP.replace("'gd'", "'no-such-optimizer'"));
    SweepException expected = assertThrows(SweepException.class, () -> com.google.inject.Guice
        .createInjector(new HarnessModule(List.of())).getInstance(SweepCompiler.class).compile(file));
    StringBuilder lines = new StringBuilder();
    expected.problems().forEach(p -> lines.append("error: ").append(p).append(System.lineSeparator()));
    // An unreachable master as well: the sweep's problems are what the user hears first.
    Run run = run(TestSpark.conf().setMaster("spark://127.0.0.1:" + closedPort()), file.toString());
    assertEquals(HessTrucksCommand.EXIT_BAD_INPUT, run.code());
    assertEquals(lines.toString(), run.err());
    assertEquals(0, ContextCounter.STARTED.get() - before, "no Spark context was started");
  }

  @Test
  @DisplayName("spark-submit's path: a sweep file with every jar in spark.jars runs its 2 cells and writes the "
      + "report; a rerun skips them")
  void wholeSweep() throws IOException {
    SparkConf conf = TestSpark.conf().set("spark.jars", String.join(",", TestSpark.allJars()));
    Path results = temp.resolve("results");
    String[] args = {sweepFile(TestSpark.SWEEP.replace("[1, 2]", "[1]")).toString(), "-o", results.toString(), "--heap", "256m"};
    Run first = run(conf, args);
    assertEquals(0, first.code(), first.err());
    String[] lines = first.out().split(System.lineSeparator());
    assertEquals(results.resolve("report.html").toAbsolutePath().toString(), lines[lines.length - 1]);
    assertTrue(Files.isRegularFile(results.resolve("report.html")));
    try (Stream<Path> cells = Files.list(results.resolve("cells"))) {
      assertEquals(2, cells.count());
    }
    assertTrue(ContextCounter.STARTED.get() > 0, "the counter sees contexts that do start");
    Run second = run(conf, args);
    assertEquals(0, second.code(), second.err());
    assertTrue(second.out().contains("done: 0 cells run {}, 2 skipped; report:"), second.out());
  }
}
