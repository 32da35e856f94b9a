package org.hesstrucks.harness.run;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.WorkUnit;
import org.hesstrucks.report.ReportWriter;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ResultJson;

/**
 * Runs the cells of a sweep that have no result yet and writes the report.
 *
 * <p>Each cell's result is written the moment it ends (atomically), so a sweep killed at any point loses
 * at most the cells that were running, and a rerun continues with the cells that have no result. Cells run
 * one at a time by default, in a fresh worker JVM each, so wall-clock comparisons are made on a quiet
 * machine; {@code jobs > 1} runs several workers at once (timings then stop being comparable). A shard
 * runs only its share of the grid, so the shards of a job array, writing into one folder, cover it once.
 */
public final class SweepRunner {
  private final CellRunner cells;

  @Inject
  public SweepRunner(CellRunner cells) {
    this.cells = cells;
  }

  /**
   * @param sweep the compiled sweep
   * @param baseDirectory the sweep file's folder (datasets resolve paths against it)
   * @param resultsDirectory where to write ({@code cells/}, {@code sweep.json}, {@code report.html})
   */
  public SweepOutcome run(CompiledSweep sweep, Path baseDirectory, Path resultsDirectory, RunOptions options,
      RunListener listener) throws IOException {
    return run(sweep, baseDirectory, resultsDirectory, options, listener, null);
  }

  /**
   * As {@link #run(CompiledSweep, Path, Path, RunOptions, RunListener)}, with the cells run by {@code executor}
   * (a cluster executor, e.g. the Spark one) instead of the one {@code options.isolation()} names; null means
   * that one. {@code options.jobs()} cells are handed to the executor at once.
   */
  public SweepOutcome run(CompiledSweep sweep, Path baseDirectory, Path resultsDirectory, RunOptions options,
      RunListener listener, CellExecutor cellExecutor) throws IOException {
    ResultStore store = new ResultStore(resultsDirectory);
    Path sweepFile = store.writeSweep(sweep.source());
    SweepContext context = new SweepContext(sweep.name(), sweepFile, baseDirectory);
    CellExecutor executor = cellExecutor != null ? cellExecutor
        : options.isolation() == RunOptions.Isolation.PROCESS
        ? new WorkerProcessExecutor(cells, options)
        : new InProcessExecutor(cells, Map.of("isolation", "in-process", "jobs", Integer.toString(options.jobs())));
    List<WorkUnit> units = sweep.units();
    List<Cell> phaseOne = new ArrayList<>();
    List<WorkUnit.TunedGroup> groups = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      if (!options.shard().owns(i)) {
        continue;
      }
      WorkUnit unit = units.get(i);
      if (unit instanceof WorkUnit.Single single) {
        phaseOne.add(single.cell());
      } else if (unit instanceof WorkUnit.TunedGroup group) {
        phaseOne.addAll(group.trials());
        groups.add(group);
      }
    }
    int total = phaseOne.size() + groups.stream().mapToInt(g -> g.finals().get(0).size()).sum();
    Progress progress = new Progress(total, listener);
    Map<CellStatus, Integer> ran = new EnumMap<>(CellStatus.class);
    runAll(phaseOne, executor, context, store, options, progress, ran);
    List<Cell> phaseTwo = new ArrayList<>();
    for (WorkUnit.TunedGroup group : groups) {
      Tuning.Choice choice = Tuning.choose(group, store);
      List<Cell> finals = Tuning.finals(group, choice);
      if (choice.chosen() >= 0) {
        phaseTwo.addAll(finals);
        continue;
      }
      for (Cell cell : finals) {
        if (!options.force() && store.isFinished(cell.id())) {
          progress.skip(cell, isError(store, cell));
          continue;
        }
        CellResult failure = cells.failure(cell, sweep.name(), CellStatus.ERROR, "tuning of " + group.label()
            + " chose nothing: no trial produced a finite " + group.settings().metric().id()
            + "; see the trial cells (seed " + group.settings().seed() + ")", java.time.Instant.now(), Map.of());
        store.write(failure);
        ran.merge(CellStatus.ERROR, 1, Integer::sum);
        listener.finished(progress.next(), progress.total, cell, failure, 0);
      }
    }
    runAll(phaseTwo, executor, context, store, options, progress, ran);
    Path report = new ReportWriter().write(resultsDirectory, resultsDirectory.resolve("report.html"));
    return new SweepOutcome(resultsDirectory, ran, progress.skipped(), progress.skippedErrors(), report);
  }

  /** Numbers the cells as they are reached, across both phases. */
  private static final class Progress {
    private final int total;
    private final RunListener listener;
    private int next;
    private int skipped;
    private int skippedErrors;

    Progress(int total, RunListener listener) {
      this.total = total;
      this.listener = listener;
    }

    synchronized int next() {
      return ++next;
    }

    synchronized void skip(Cell cell, boolean error) {
      skipped++;
      skippedErrors += error ? 1 : 0;
      listener.skipped(++next, total, cell);
    }

    synchronized int skipped() {
      return skipped;
    }

    synchronized int skippedErrors() {
      return skippedErrors;
    }
  }

  private static void runAll(List<Cell> cells, CellExecutor executor, SweepContext context, ResultStore store,
      RunOptions options, Progress progress, Map<CellStatus, Integer> ran) throws IOException {
    List<Cell> todo = new ArrayList<>();
    for (Cell cell : cells) {
      if (!options.force() && store.isFinished(cell.id()) && !(options.retryFailed() && failed(store, cell))) {
        progress.skip(cell, isError(store, cell));
      } else {
        todo.add(cell);
      }
    }
    RunListener listener = synchronizedListener(progress.listener);
    if (options.jobs() == 1) {
      for (Cell cell : todo) {
        ran.merge(runOne(cell, progress, executor, context, store, listener).status(), 1, Integer::sum);
      }
      return;
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), r -> {
      Thread thread = new Thread(r, "hesstrucks-cell-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<CellResult>> futures = new ArrayList<>();
      for (Cell cell : todo) {
        futures.add(pool.submit(() -> runOne(cell, progress, executor, context, store, listener)));
      }
      for (Future<CellResult> future : futures) {
        ran.merge(future.get().status(), 1, Integer::sum);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Compatibility form: in this JVM, sequential, with or without {@code force}. */
  public SweepOutcome run(CompiledSweep sweep, Path baseDirectory, Path resultsDirectory, boolean force,
      RunListener listener) throws IOException {
    return run(sweep, baseDirectory, resultsDirectory, RunOptions.inProcess().withForce(force), listener);
  }

  /** Whether the stored result of {@code cell} has status {@code error}. */
  private static boolean isError(ResultStore store, Cell cell) {
    return CellStatus.ERROR.id().equals(storedStatus(store, cell));
  }

  /** Whether the stored result of {@code cell} failed ({@code error} or {@code timeout}), or cannot be read. */
  private static boolean failed(ResultStore store, Cell cell) {
    String status = storedStatus(store, cell);
    return status == null || status.equals(CellStatus.ERROR.id()) || status.equals(CellStatus.TIMEOUT.id());
  }

  /** The status in {@code cell}'s stored result, or null when the file cannot be read. */
  private static String storedStatus(ResultStore store, Cell cell) {
    try {
      return ResultJson.mapper().readTree(store.cellFile(cell.id()).toFile()).path("status").asText();
    } catch (IOException e) {
      return null;
    }
  }

  private static CellResult runOne(Cell cell, Progress progress, CellExecutor executor, SweepContext context,
      ResultStore store, RunListener listener) {
    int index = progress.next();
    listener.started(index, progress.total, cell);
    long start = System.nanoTime();
    CellResult result;
    try {
      result = executor.execute(cell, context, store);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run or record cell " + cell.id() + " in " + store.root() + ": "
          + e.getMessage(), e);
    }
    listener.finished(index, progress.total, cell, result, (System.nanoTime() - start) * 1e-9);
    return result;
  }

  private static RunListener synchronizedListener(RunListener listener) {
    return new RunListener() {
      @Override
      public synchronized void started(int index, int total, Cell cell) {
        listener.started(index, total, cell);
      }

      @Override
      public synchronized void skipped(int index, int total, Cell cell) {
        listener.skipped(index, total, cell);
      }

      @Override
      public synchronized void finished(int index, int total, Cell cell, CellResult result, double wallSeconds) {
        listener.finished(index, total, cell, result, wallSeconds);
      }
    };
  }
}
