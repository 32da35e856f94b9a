package org.hesstrucks.harness.run;

import java.nio.file.Path;
import java.util.List;

/**
 * How a sweep runs.
 *
 * @param force rerun cells that already have a result
 * @param retryFailed rerun cells whose result is {@code error} or {@code timeout}
 * @param isolation a fresh worker JVM per cell (the default), or every cell in this JVM
 * @param jobs cells run at once (more than 1 makes wall-clock timings incomparable)
 * @param shard which share of the grid this process runs
 * @param workerHeap the worker JVM's heap limit, e.g. "2g"
 * @param timeLimitSeconds a worker that runs longer is killed and its cell recorded as {@code timeout}
 * @param pluginFolders the {@code --plugins} folders, handed on to workers
 */
public record RunOptions(boolean force, boolean retryFailed, Isolation isolation, int jobs, Shard shard,
    String workerHeap, double timeLimitSeconds, List<Path> pluginFolders) {

  /** Where a cell runs. */
  public enum Isolation {
    /** A fresh JVM per cell: no cell inherits another's JIT warm-up or heap; limits enforced. */
    PROCESS,
    /** Every cell in the harness's JVM: quicker for many tiny cells, no limits, timings biased by warm-up. */
    IN_PROCESS
  }

  public RunOptions {
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs must be at least 1, got " + jobs);
    }
    pluginFolders = List.copyOf(pluginFolders);
  }

  /** Sequential, in this JVM, everything: for tests and embedding. */
  public static RunOptions inProcess() {
    return new RunOptions(false, false, Isolation.IN_PROCESS, 1, Shard.ALL, "2g", 3600, List.of());
  }

  public RunOptions withForce(boolean force) {
    return new RunOptions(force, retryFailed, isolation, jobs, shard, workerHeap, timeLimitSeconds, pluginFolders);
  }

  public RunOptions withShard(Shard shard) {
    return new RunOptions(force, retryFailed, isolation, jobs, shard, workerHeap, timeLimitSeconds, pluginFolders);
  }
}
