package org.hesstrucks.harness.spark;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.util.TaskCompletionListener;

/**
 * The Spark task of one cell: writes the cell's ticket to a folder of its own on the executor (named with the
 * stage, partition and attempt, so attempts never share files), runs the harness's worker entry point
 * ({@code org.hesstrucks.harness.cli.Main worker}) in a fresh JVM, and returns the result file's text. The child
 * is killed when Spark kills or cancels the task, when the task ends any other way, and at the time limit.
 *
 * <p>The worker's class path is what Spark shipped to this task ({@code --jars}, {@code addJar}: the file URLs
 * of the task's class loaders), after {@link WorkerSettings#classPath()}; never the executor's own class path,
 * which is Spark's. A worker that exits without a result fails the task, so Spark retries it (up to
 * {@code spark.task.maxFailures}); the worker's seed comes from the cell's spec, never from the attempt.
 */
final class CellTask implements Function<String, TaskOutput> {
  private static final long serialVersionUID = 1L;
  /** How often the task checks whether Spark asked it to stop. */
  private static final long POLL_MILLIS = 200;
  /** How many lines of a dead worker's log go into the task's failure. */
  private static final int LOG_TAIL_LINES = 6;

  private final String cellId;
  private final String baseDirectory;
  private final WorkerSettings settings;

  CellTask(String cellId, String baseDirectory, WorkerSettings settings) {
    this.cellId = cellId;
    this.baseDirectory = baseDirectory;
    this.settings = settings;
  }

  @Override
  public TaskOutput call(String ticketJson) throws Exception {
    TaskContext context = TaskContext.get();
    int attempt = context.attemptNumber();
    String executorId = SparkEnv.get().executorId();
    String host = InetAddress.getLocalHost().getHostName();
    Path folder = Files.createTempDirectory("hesstrucks-" + cellId + "-stage" + context.stageId() + "-part"
        + context.partitionId() + "-attempt" + attempt + "-");
    try {
      Path ticket = folder.resolve("ticket.json");
      Path staged = folder.resolve("ticket.json.tmp");
      Files.writeString(staged, ticketJson, StandardCharsets.UTF_8);
      Files.move(staged, ticket, StandardCopyOption.ATOMIC_MOVE);
      Path output = folder.resolve("out");
      Path log = folder.resolve("worker.log");
      boolean injectFailure = settings.failFirstAttempt() && attempt == 0;
      List<String> command = command(injectFailure ? folder.resolve("no-such-ticket.json") : ticket, output);
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      context.addTaskCompletionListener((TaskCompletionListener) done -> kill(process));
      long deadline = System.nanoTime() + Math.round(settings.timeLimitSeconds() * 1e9);
      try {
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
          context.killTaskIfInterrupted();
          if (System.nanoTime() - deadline > 0) {
            kill(process);
            return new TaskOutput(null, executorId, host, attempt, "the cell ran longer than its time limit of "
                + settings.timeLimitSeconds() + " s; its worker was killed on executor " + executorId + " (" + host
                + "); its log ends: " + tail(log));
          }
        }
      } finally {
        if (process.isAlive()) {
          kill(process);
        }
      }
      Path result = output.resolve("cells").resolve(cellId + ".json");
      if (!Files.isRegularFile(result)) {
        throw new IllegalStateException("cell " + cellId + ": the worker JVM exited with code " + process.exitValue()
            + " without writing a result (executor " + executorId + ", " + host + ", attempt " + attempt
            + "); its log ends: " + tail(log));
      }
      return new TaskOutput(Files.readString(result, StandardCharsets.UTF_8), executorId, host, attempt, "");
    } finally {
      deleteTree(folder);
    }
  }

  private List<String> command(Path ticket, Path output) throws URISyntaxException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + settings.heap());
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classPath(Thread.currentThread().getContextClassLoader(),
        settings.classPath())));
    command.add("org.hesstrucks.harness.cli.Main");
    command.add("worker");
    command.add(ticket.toString());
    command.add("--output");
    command.add(output.toString());
    command.add("--base-dir");
    command.add(baseDirectory);
    command.add("--heap");
    command.add(settings.heap());
    for (String folder : settings.pluginFolders()) {
      command.add("--plugins");
      command.add(folder);
    }
    return command;
  }

  /** {@code first}, then the local files of every URL class loader from {@code loader} up to the platform's. */
  static List<String> classPath(ClassLoader loader, List<String> first) throws URISyntaxException {
    Set<String> entries = new LinkedHashSet<>(first);
    List<ClassLoader> chain = new ArrayList<>();
    for (ClassLoader l = loader; l != null; l = l.getParent()) {
      chain.add(0, l);
    }
    for (ClassLoader l : chain) {
      if (l instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          if ("file".equals(url.getProtocol())) {
            entries.add(Path.of(url.toURI()).toString());
          }
        }
      }
    }
    return List.copyOf(entries);
  }

  /** Kills the worker and anything it started. */
  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless; the task's outcome does not depend on it.
    }
  }
}
