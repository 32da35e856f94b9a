package org.hesstrucks.harness.cli;

import java.nio.file.Path;
import java.util.List;
import org.hesstrucks.harness.run.RunOptions;
import org.hesstrucks.harness.run.Shard;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The arguments every front end that runs a sweep shares ({@code hesstrucks run}, the Spark driver): the sweep
 * file, the results folder, which cells to rerun, the shard, and each worker's heap and time limit. A picocli
 * mixin ({@code @Mixin SweepRunArguments run;}); the mixing command keeps the options whose defaults differ
 * ({@code --jobs}, {@code --progress}). Bad values are refused as the mixing command's parameter errors.
 */
public final class SweepRunArguments {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Parameters(index = "0", paramLabel = "SWEEP", description = "The sweep file (.json, .yaml or .yml).")
  Path sweepFile;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "The results folder; default results/<sweep name>.")
  Path output;

  @Option(names = "--force", description = "Rerun cells that already have a result.")
  boolean force;

  @Option(names = "--retry-failed", description = "Rerun cells whose result is 'error' or 'timeout'.")
  boolean retryFailed;

  @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1", description = "Run only share I of N of "
      + "the grid (1-based), e.g. from a Slurm array or a Kubernetes indexed job; shards may share one results folder.")
  String shard;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "2g", description = "Each worker's heap limit "
      + "(default 2g); a cell that needs more is recorded as 'error'.")
  String heap;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "3600", description = "Each cell's "
      + "wall-clock limit in seconds (default 3600); a worker still running is killed and the cell recorded as "
      + "'timeout'.")
  double timeLimit;

  /** The sweep file as given. */
  public Path sweepFile() {
    return sweepFile;
  }

  /** The results folder: {@code --output}, or {@code results/<sweep name>}. */
  public Path results(String sweepName) {
    return output != null ? output : Path.of("results", sweepName);
  }

  /**
   * The parsed shard, after checking {@code --heap} and {@code --time-limit} too.
   *
   * @throws ParameterException naming the option, for the mixing command
   */
  public Shard checkedShard() {
    Shard parsed;
    try {
      parsed = Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), "--shard: " + e.getMessage());
    }
    if (!(timeLimit > 0)) {
      throw new ParameterException(mixee.commandLine(), "--time-limit: expected a positive number of seconds, got "
          + timeLimit);
    }
    if (!heap.matches("[0-9]{1,12}[kKmMgG]?")) {
      throw new ParameterException(mixee.commandLine(), "--heap: expected a size like 512m or 2g, got '" + heap + "'");
    }
    // Only a size the user gave: the default must work on a machine smaller than itself (-Xmx reserves, it does not
    // commit), and an in-process run does not use it.
    boolean given = mixee.commandLine().getParseResult() != null
        && mixee.commandLine().getParseResult().hasMatchedOption("--heap");
    String bounds = given ? heapBounds(heapBytes(heap), physicalMemory()) : null;
    if (bounds != null) {
      throw new ParameterException(mixee.commandLine(), "--heap: expected " + bounds + ", got '" + heap + "'");
    }
    return parsed;
  }

  /**
   * The smallest worker heap we start (below it the JVM refuses to start or cannot load the harness, and every cell
   * fails alike); a heap too small for a model's cells is their 'error', naming the out-of-memory.
   */
  static final long MIN_HEAP = 16L << 20;

  /** {@code size} ("512m", "2g", "1048576") in bytes. */
  static long heapBytes(String size) {
    char unit = Character.toLowerCase(size.charAt(size.length() - 1));
    int shift = unit == 'k' ? 10 : unit == 'm' ? 20 : unit == 'g' ? 30 : 0;
    String digits = shift == 0 ? size : size.substring(0, size.length() - 1);
    long n = Long.parseLong(digits);
    return n > Long.MAX_VALUE >> shift ? Long.MAX_VALUE : n << shift; // "999999999999g" must not wrap into range
  }

  /** What a heap of {@code bytes} must be instead, or null when it is within [16m, the machine's memory]. */
  static String heapBounds(long bytes, long physical) {
    if (bytes < MIN_HEAP) {
      return "at least 16m (a worker JVM needs that much to start)";
    }
    if (physical > 0 && bytes > physical) {
      return "at most this machine's memory, " + (physical >> 20) + "m";
    }
    return null;
  }

  private static long physicalMemory() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize() : 0;
  }

  /** The run options from these arguments and the mixing command's own. */
  public RunOptions options(RunOptions.Isolation isolation, int jobs, Shard parsedShard, List<Path> pluginFolders) {
    return new RunOptions(force, retryFailed, isolation, jobs, parsedShard, heap, timeLimit, pluginFolders);
  }

  /** Each worker's heap limit, e.g. {@code 2g}. */
  public String heap() {
    return heap;
  }

  /** Each cell's wall-clock limit in seconds. */
  public double timeLimit() {
    return timeLimit;
  }
}
