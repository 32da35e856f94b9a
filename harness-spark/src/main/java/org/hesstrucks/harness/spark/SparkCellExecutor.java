package org.hesstrucks.harness.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.hesstrucks.harness.run.CellExecutor;
import org.hesstrucks.harness.run.CellRunner;
import org.hesstrucks.harness.run.ResultStore;
import org.hesstrucks.harness.run.SweepContext;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ResultJson;

/**
 * Runs each cell as one Spark job of one task ({@link CellTask}), which runs the cell in a fresh worker JVM on
 * an executor and returns the result's JSON; the driver adds where it ran (executor id, host, attempt) to the
 * result's {@code provenance.extra} and writes it through the {@link ResultStore}, atomically. So the executors
 * need no shared filesystem, and a retried task leaves one result: only the attempt that succeeded returns one.
 *
 * <p>The {@link org.hesstrucks.harness.run.SweepRunner} calls this from as many threads as cells may run at
 * once; each call blocks until its job ends. A job that fails on every attempt Spark allows
 * ({@code spark.task.maxFailures}) records the cell as {@code error} with Spark's reason; a worker killed at the
 * time limit records it as {@code timeout}. Each job is in its own job group (the cell's id), cancelled with
 * thread interruption, which kills the worker.
 */
public final class SparkCellExecutor implements CellExecutor {
  private final JavaSparkContext spark;
  private final CellRunner runner;
  private final WorkerSettings settings;
  private final Set<String> cancelled = ConcurrentHashMap.newKeySet();

  public SparkCellExecutor(JavaSparkContext spark, CellRunner runner, WorkerSettings settings) {
    this.spark = spark;
    this.runner = runner;
    this.settings = settings;
  }

  /** The job group of a cell's job (for {@code cancelJobGroup}). */
  public static String jobGroup(String cellId) {
    return "hesstrucks-cell-" + cellId;
  }

  /**
   * Cancels the job of cell {@code cellId} (Spark interrupts its task, which kills the worker); the
   * {@link #execute} waiting for it throws instead of recording a result, so a rerun runs the cell again.
   */
  public void cancel(String cellId) {
    cancelled.add(cellId);
    spark.cancelJobGroup(jobGroup(cellId));
  }

  @Override
  public CellResult execute(Cell cell, SweepContext sweep, ResultStore store) throws IOException {
    Instant startedAt = Instant.now();
    String ticket = ResultJson.mapper().writeValueAsString(cell.ticket(sweep.name()));
    CellTask task = new CellTask(cell.id(), sweep.baseDirectory().toAbsolutePath().toString(), settings);
    spark.setJobGroup(jobGroup(cell.id()), "Hess-Trucks cell " + cell.id() + " of sweep " + sweep.name(), true);
    TaskOutput output;
    try {
      output = spark.parallelize(List.of(ticket), 1).map(task).collect().get(0);
    } catch (Exception e) {
      if (cancelled.remove(cell.id()) || Thread.currentThread().isInterrupted()) {
        throw new IOException("cell " + cell.id() + " was cancelled on Spark; no result recorded", e);
      }
      return record(store, runner.failure(cell, sweep.name(), CellStatus.ERROR, "the cell's Spark task failed on "
          + "every attempt allowed (spark.task.maxFailures): " + e.getMessage(), startedAt, execution(null)));
    } finally {
      spark.clearJobGroup();
    }
    if (output.resultJson() == null) {
      return record(store, runner.failure(cell, sweep.name(), CellStatus.TIMEOUT, output.message(), startedAt,
          execution(output)));
    }
    JsonNode node = ResultJson.mapper().readTree(output.resultJson());
    if (!cell.id().equals(node.path("cellId").asText())) {
      throw new IOException("the Spark task of cell " + cell.id() + " returned the result of cell '"
          + node.path("cellId").asText() + "'");
    }
    if (node.path("provenance") instanceof ObjectNode provenance) {
      ObjectNode extra = provenance.withObjectProperty("extra");
      execution(output).forEach(extra::put);
    }
    return record(store, ResultJson.mapper().treeToValue(node, CellResult.class));
  }

  /** What the result records about where it ran; {@code output} null when no attempt reported back. */
  static Map<String, String> execution(TaskOutput output) {
    Map<String, String> execution = new LinkedHashMap<>();
    execution.put("isolation", "worker JVM per cell");
    execution.put("executor", "spark");
    if (output != null) {
      execution.put("sparkExecutorId", output.executorId());
      execution.put("sparkHost", output.host());
      execution.put("sparkAttempt", Integer.toString(output.attempt()));
    }
    return execution;
  }

  private static CellResult record(ResultStore store, CellResult result) throws IOException {
    store.write(result);
    return result;
  }
}
