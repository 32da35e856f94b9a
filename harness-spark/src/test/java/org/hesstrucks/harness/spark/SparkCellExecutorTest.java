package org.hesstrucks.harness.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.hesstrucks.harness.plugins.HarnessModule;
import org.hesstrucks.harness.run.CellRunner;
import org.hesstrucks.harness.run.ResultStore;
import org.hesstrucks.harness.run.SweepContext;
import org.hesstrucks.harness.run.RunListener;
import org.hesstrucks.harness.run.RunOptions;
import org.hesstrucks.harness.run.Shard;
import org.hesstrucks.harness.run.SweepOutcome;
import org.hesstrucks.harness.run.SweepRunner;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.SweepCompiler;
import org.hesstrucks.harness.sweep.SweepFile;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ResultJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark executor on {@code local[2,2]}, with the harness and plugin jars shipped by {@code addJar}. */
class SparkCellExecutorTest {
  private static JavaSparkContext spark;
  private static Injector injector;
  private static final AtomicInteger JOBS = new AtomicInteger();
  /** Polling for the worker JVM to appear or end: 100 × 100 ms, far above the seconds it takes. */
  private static final int WAIT_POLLS = 100;
  private static final long POLL_MILLIS = 100;
  /** A cell that runs far longer than any test waits: gd on a quadratic with κ = 1e8. */
  private static final String LONG_SWEEP = "{'seeds': [4], 'budget': {'iterations': 1000000000},"
      + " 'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', 'dimension': 2000, 'conditionNumber': 1e8}]}";

  @TempDir
  Path temp;

  @BeforeAll
  static void start() throws IOException {
    spark = new JavaSparkContext(TestSpark.conf());
    for (String jar : TestSpark.allJars()) {
      spark.addJar(jar);
    }
    spark.sc().addSparkListener(new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart jobStart) {
        JOBS.incrementAndGet();
      }
    });
    injector = Guice.createInjector(new HarnessModule(List.of()));
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  private static CompiledSweep compile(String json) {
    return injector.getInstance(SweepCompiler.class)
        .compile(SweepFile.parse(json.replace('\'', '"'), "sweep.json", false), "sweep.json", "sweep");
  }

  private SweepOutcome runOnSpark(CompiledSweep sweep, Path results, boolean failFirstAttempt) throws IOException {
    WorkerSettings settings = new WorkerSettings("256m", 120, List.of(), List.of(), failFirstAttempt);
    SparkCellExecutor executor = new SparkCellExecutor(spark, injector.getInstance(CellRunner.class), settings);
    RunOptions options = new RunOptions(false, false, RunOptions.Isolation.PROCESS, 2, Shard.ALL, "256m", 120,
        List.of());
    return injector.getInstance(SweepRunner.class).run(sweep, temp, results, options, new RunListener() {}, executor);
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> paths = Files.list(folder)) {
      return paths.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  @DisplayName("four cells through Spark equal the local executor's bit for bit (timings and provenance aside); "
      + "a rerun submits no job")
  void sameCellsAsLocal() throws IOException {
    CompiledSweep sweep = compile(TestSpark.SWEEP);
    assertEquals(4, sweep.cells().size());
    Path local = temp.resolve("local");
    Path onSpark = temp.resolve("spark");
    injector.getInstance(SweepRunner.class).run(sweep, temp, local, RunOptions.inProcess(), new RunListener() {});
    SweepOutcome outcome = runOnSpark(sweep, onSpark, false);
    assertEquals(Map.of(CellStatus.BUDGET, 4), outcome.ran());
    for (Cell cell : sweep.cells()) {
      Path file = Path.of("cells", cell.id() + ".json");
      assertEquals(TestSpark.withoutTimings(local.resolve(file)), TestSpark.withoutTimings(onSpark.resolve(file)),
          cell.id());
      CellResult result = ResultJson.mapper().readValue(onSpark.resolve(file).toFile(), CellResult.class);
      Map<String, String> extra = result.provenance().extra();
      assertEquals("spark", extra.get("executor"));
      // In local mode the one executor is the driver.
      assertEquals("driver", extra.get("sparkExecutorId"));
      assertEquals("0", extra.get("sparkAttempt"));
      assertFalse(extra.get("sparkHost").isEmpty());
      assertEquals("0.1.0-SNAPSHOT", result.provenance().plugins().get("optimizer:gd"));
    }
    int jobsBefore = JOBS.get();
    SweepOutcome rerun = runOnSpark(sweep, onSpark, false);
    assertEquals(Map.of(), rerun.ran());
    assertEquals(4, rerun.skipped());
    assertEquals(jobsBefore, JOBS.get(), "cells with a result are not resubmitted");
  }

  @Test
  @DisplayName("a task whose first worker exits non-zero is retried and leaves exactly one result, from attempt 1")
  void failedAttemptIsRetried() throws IOException {
    CompiledSweep sweep = compile(TestSpark.SWEEP.replace("[1, 2]", "[3]").replace(
        ", {'id': 'quadratic', 'dimension': 20, 'conditionNumber': 100}", ""));
    Cell cell = sweep.cells().get(0);
    Path results = temp.resolve("retry");
    SweepOutcome outcome = runOnSpark(sweep, results, true);
    assertEquals(Map.of(CellStatus.BUDGET, 1), outcome.ran());
    assertEquals(List.of(cell.id() + ".json"), files(results.resolve("cells")));
    CellResult result = ResultJson.mapper().readValue(results.resolve("cells").resolve(cell.id() + ".json").toFile(),
        CellResult.class);
    assertEquals("1", result.provenance().extra().get("sparkAttempt"));
    assertEquals(40, result.summary().iterations());
  }

  @Test
  @DisplayName("cancelling a cell's job kills its worker JVM and records no result")
  void cancelKillsWorker() throws Exception {
    CompiledSweep sweep = compile(LONG_SWEEP);
    Cell cell = sweep.cells().get(0);
    Path results = temp.resolve("cancel");
    SparkCellExecutor executor = new SparkCellExecutor(spark, injector.getInstance(CellRunner.class),
        new WorkerSettings("256m", 120, List.of(), List.of(), false));
    ResultStore store = new ResultStore(results);
    SweepContext context = new SweepContext(sweep.name(), store.writeSweep(sweep.source()), temp);
    CompletableFuture<CellResult> running = CompletableFuture.supplyAsync(() -> {
      try {
        return executor.execute(cell, context, store);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    ProcessHandle worker = null;
    for (int i = 0; i < WAIT_POLLS && worker == null; i++) {
      worker = ProcessHandle.current().descendants()
          .filter(p -> p.info().commandLine().orElse("").contains("hesstrucks-" + cell.id() + "-stage"))
          .findFirst().orElse(null);
      Thread.sleep(POLL_MILLIS);
    }
    assertTrue(worker != null, "the worker JVM started");
    executor.cancel(cell.id());
    ExecutionException failure = assertThrows(ExecutionException.class,
        () -> running.get(WAIT_POLLS * POLL_MILLIS, TimeUnit.MILLISECONDS));
    assertEquals("cell " + cell.id() + " was cancelled on Spark; no result recorded",
        failure.getCause().getCause().getMessage());
    worker.onExit().get(WAIT_POLLS * POLL_MILLIS, TimeUnit.MILLISECONDS);
    assertFalse(worker.isAlive(), "the worker JVM was killed");
    assertFalse(Files.exists(store.cellFile(cell.id())), "no result for a cancelled cell");
  }

  @Test
  @DisplayName("a worker past the time limit is killed and its cell recorded as 'timeout' with where it ran")
  void timeLimitKillsWorker() throws IOException {
    CompiledSweep sweep = compile(LONG_SWEEP.replace("[4]", "[5]"));
    Cell cell = sweep.cells().get(0);
    Path results = temp.resolve("timeout");
    SparkCellExecutor executor = new SparkCellExecutor(spark, injector.getInstance(CellRunner.class),
        new WorkerSettings("256m", 1, List.of(), List.of(), false));
    ResultStore store = new ResultStore(results);
    SweepContext context = new SweepContext(sweep.name(), store.writeSweep(sweep.source()), temp);
    CellResult result = executor.execute(cell, context, store);
    assertEquals(CellStatus.TIMEOUT, result.status());
    assertTrue(result.message().startsWith("the cell ran longer than its time limit of 1.0 s; its worker was killed "
        + "on executor driver"), result.message());
    assertEquals("0", result.provenance().extra().get("sparkAttempt"));
    assertTrue(store.isFinished(cell.id()));
  }

  @Test
  @DisplayName("the worker JVM's class path is the jars Spark shipped to the task (addJar), not the test's")
  void workerClassPathComesFromShippedJars() throws IOException {
    List<String> classPath = spark.parallelize(List.of(1), 1)
        .map(i -> CellTask.classPath(Thread.currentThread().getContextClassLoader(), List.of("/first.jar")))
        .collect().get(0);
    assertEquals("/first.jar", classPath.get(0));
    List<String> names = classPath.stream().map(p -> Path.of(p).getFileName().toString()).toList();
    assertTrue(names.contains("hesstrucks-optimizer-gd-0.1.0-SNAPSHOT.jar"), names.toString());
    assertTrue(names.contains("hesstrucks-model-quadratic-0.1.0-SNAPSHOT.jar"), names.toString());
    assertTrue(names.stream().anyMatch(n -> n.startsWith("hesstrucks-harness-")), names.toString());
    assertTrue(names.stream().noneMatch(n -> n.startsWith("spark-core")), names.toString());
    for (String plugin : TestSpark.pluginJars()) {
      assertFalse(classPath.contains(plugin), "the executor's fetched copy, not the build's " + plugin);
    }
  }
}
