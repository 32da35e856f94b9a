package org.hesstrucks.harness.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ResultJson;

/**
 * Runs each cell in a fresh worker JVM ({@code hesstrucks worker}), so no cell inherits another's JIT
 * warm-up, heap or native state, and limits can be enforced from outside: the worker gets a heap limit and
 * exits on the first {@code OutOfMemoryError}; a worker still running after the time limit is killed. A
 * worker that dies without writing its result (out of memory, a crash in native code, a kill) has its cell
 * recorded as {@code error} (or {@code timeout}) with what its log says; the next cell gets a new worker.
 * Each worker's output goes to {@code logs/<cell>.log} in the results folder.
 */
public final class WorkerProcessExecutor implements CellExecutor {
  /** How many lines of a dead worker's log go into the cell's message. */
  private static final int LOG_TAIL_LINES = 6;

  private final CellRunner runner;
  private final RunOptions options;
  private final String javaExecutable;

  public WorkerProcessExecutor(CellRunner runner, RunOptions options) {
    this(runner, options, Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** With another {@code java} executable (tests: one that does not exist, so starting a worker fails). */
  WorkerProcessExecutor(CellRunner runner, RunOptions options, String javaExecutable) {
    this.runner = runner;
    this.options = options;
    this.javaExecutable = javaExecutable;
  }

  @Override
  public CellResult execute(Cell cell, SweepContext sweep, ResultStore store) throws IOException {
    Path log = store.root().resolve("logs").resolve(cell.id() + ".log");
    Files.createDirectories(log.getParent());
    Instant startedAt = Instant.now();
    Path ticket = store.root().resolve("tickets").resolve(cell.id() + ".json");
    org.hesstrucks.result.AtomicFiles.write(ticket, ResultJson.mapper().writeValueAsBytes(cell.ticket(sweep.name())));
    ProcessBuilder builder = new ProcessBuilder(command(ticket, sweep, store))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    if (options.jobs() > 1) {
      builder.environment().put("OPENBLAS_NUM_THREADS", "1");
      builder.environment().put("OMP_NUM_THREADS", "1");
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) { // e.g. the JDK's spawn helper died before it could start the worker: this cell only
      Files.deleteIfExists(ticket);
      return record(store, runner.failure(cell, sweep.name(), CellStatus.ERROR, "the worker JVM could not be started: "
          + e.getMessage() + " (log: " + log + ")", startedAt, execution()));
    }
    boolean ended;
    try {
      ended = process.waitFor(Math.round(options.timeLimitSeconds() * 1000), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while cell " + cell.id() + " ran", e);
    }
    if (ended) {
      Files.deleteIfExists(ticket);
    }
    if (!ended) {
      kill(process);
      return record(store, runner.failure(cell, sweep.name(), CellStatus.TIMEOUT, "the cell ran longer than its "
          + "time limit of " + options.timeLimitSeconds() + " s; its worker was killed (log: " + log + ")", startedAt,
          execution()));
    }
    if (store.isFinished(cell.id())) {
      CellResult result = ResultJson.mapper().readValue(store.cellFile(cell.id()).toFile(), CellResult.class);
      if (result.provenance() != null && !startedAt.isAfter(Instant.parse(result.provenance().startedAt()))) {
        return result;
      }
    }
    return record(store, runner.failure(cell, sweep.name(), CellStatus.ERROR, describeDeath(process.exitValue(), log),
        startedAt, execution()));
  }

  private Map<String, String> execution() {
    return Map.of("isolation", "worker JVM per cell", "jobs", Integer.toString(options.jobs()),
        "workerHeap", options.workerHeap());
  }

  private static CellResult record(ResultStore store, CellResult result) throws IOException {
    store.write(result);
    return result;
  }

  private List<String> command(Path ticket, SweepContext sweep, ResultStore store) {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable);
    command.add("-Xmx" + options.workerHeap());
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.hesstrucks.harness.cli.Main");
    command.add("worker");
    command.add(ticket.toAbsolutePath().toString());
    command.add("--output");
    command.add(store.root().toAbsolutePath().toString());
    command.add("--base-dir");
    command.add(sweep.baseDirectory().toAbsolutePath().toString());
    command.add("--jobs");
    command.add(Integer.toString(options.jobs()));
    command.add("--heap");
    command.add(options.workerHeap());
    for (Path folder : options.pluginFolders()) {
      command.add("--plugins");
      command.add(folder.toAbsolutePath().toString());
    }
    return command;
  }

  /** Kills the worker and anything it started. */
  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Why a worker ended without a result, from its exit code and the end of its log. */
  static String describeDeath(int exitCode, Path log) {
    List<String> lines;
    try {
      lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      lines = List.of();
    }
    boolean outOfMemory = lines.stream().anyMatch(l -> l.contains("OutOfMemoryError"));
    String cause = outOfMemory ? "ran out of memory (java.lang.OutOfMemoryError)"
        : exitCode > 128 ? "was killed by signal " + (exitCode - 128)
        : "exited with code " + exitCode;
    List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
    return "the worker JVM " + cause + " without writing a result" + (tail.isEmpty() ? ""
        : "; its log ends: " + String.join(" | ", tail)) + " (log: " + log + ")";
  }
}
