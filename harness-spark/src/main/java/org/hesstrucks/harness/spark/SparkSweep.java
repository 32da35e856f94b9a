package org.hesstrucks.harness.spark;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.hesstrucks.harness.cli.HessTrucksCommand;
import org.hesstrucks.harness.cli.SweepRunArguments;
import org.hesstrucks.harness.plugins.HarnessModule;
import org.hesstrucks.harness.run.CellRunner;
import org.hesstrucks.harness.run.RunListener;
import org.hesstrucks.harness.run.RunOptions;
import org.hesstrucks.harness.run.Shard;
import org.hesstrucks.harness.run.SweepOutcome;
import org.hesstrucks.harness.run.SweepRunner;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.SweepCompiler;
import org.hesstrucks.harness.sweep.SweepException;
import org.hesstrucks.plugin.PluginException;
import org.hesstrucks.result.CellResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code spark-submit} entry point: {@code hesstrucks run}'s arguments, with the cells run on the Spark
 * cluster by {@link SparkCellExecutor}. The sweep is validated, the plugin jars and the master checked, before
 * the Spark context starts; then the driver skips finished cells, submits one job per cell, {@code --jobs} at
 * once (default: one per executor core group, i.e. default parallelism ÷ {@code spark.task.cpus}), writes each
 * result as it arrives and the report at the end.
 *
 * <p>Settings for the executors' worker JVMs, besides {@code --heap} and {@code --time-limit}:
 * {@code spark.hesstrucks.worker.classpath} (entries valid on the executors, put first) and
 * {@code spark.hesstrucks.worker.plugins} ({@code --plugins} folders valid on the executors), both
 * comma-separated.
 */
@Command(name = "hesstrucks-spark", mixinStandardHelpOptions = true,
    description = "Run a sweep file's cells on a Spark cluster (skipping those already finished) and write the "
        + "report. Start it with spark-submit. The last line printed is the report's path.")
public final class SparkSweep implements Callable<Integer> {
  /** Executor-side class path entries for the worker JVMs, comma-separated. */
  public static final String WORKER_CLASSPATH = "spark.hesstrucks.worker.classpath";
  /** Executor-side {@code --plugins} folders for the worker JVMs, comma-separated. */
  public static final String WORKER_PLUGINS = "spark.hesstrucks.worker.plugins";
  /** Tests only: the first attempt of every task fails. */
  static final String FAIL_FIRST_ATTEMPT = "spark.hesstrucks.test.failFirstAttempt";
  /** How long the master check waits for a connection. */
  private static final int MASTER_CONNECT_MILLIS = 5000;

  @Spec
  CommandSpec spec;

  /** The sweep file, results folder ({@code --output}: on the driver), reruns, shard, heap and time limit. */
  @Mixin
  SweepRunArguments run;

  @Option(names = "--jobs", paramLabel = "N", defaultValue = "0", description = "Cells (Spark jobs) in flight at "
      + "once; default 0: the default parallelism divided by spark.task.cpus, one cell per executor core group.")
  int jobs;

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "never",
      description = "Accepted for compatibility with 'run'; the Spark runner prints a line per cell.")
  String progress;

  @Option(names = "--plugins", paramLabel = "DIR", description = "A folder of plugin jars for the driver "
      + "(the executors get theirs through --jars or spark.hesstrucks.worker.plugins); repeatable.")
  List<Path> pluginFolders = new ArrayList<>();

  @Option(names = "--verbose", description = "Show stack traces of failures.")
  boolean verbose;

  private final SparkConf conf;

  /** With the configuration spark-submit set (system properties {@code spark.*}). */
  public SparkSweep() {
    this(new SparkConf());
  }

  /** With {@code conf} (tests set the master and the jars here). */
  public SparkSweep(SparkConf conf) {
    this.conf = conf;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = execute(new SparkSweep(), args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs {@code command} on {@code args}; returns the exit code ({@code hesstrucks run}'s codes). */
  public static int execute(SparkSweep command, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof SweepException sweep) {
        sweep.problems().forEach(p -> cmd.getErr().println("error: " + p));
        return HessTrucksCommand.EXIT_BAD_INPUT;
      }
      cmd.getErr().println("error: " + (e instanceof PluginException ? e.getMessage() : e.toString()));
      if (command.verbose) {
        e.printStackTrace(cmd.getErr());
      }
      return e instanceof PluginException ? HessTrucksCommand.EXIT_BAD_INPUT : CommandLine.ExitCode.SOFTWARE;
    });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    Shard parsedShard = run.checkedShard();
    if (jobs < 0) {
      throw new ParameterException(spec.commandLine(), "--jobs: expected a positive integer, got " + jobs);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Injector injector = Guice.createInjector(new HarnessModule(pluginFolders));
    CompiledSweep sweep = injector.getInstance(SweepCompiler.class).compile(run.sweepFile());
    List<String> problems = preflight(conf);
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("error: " + p));
      return HessTrucksCommand.EXIT_BAD_INPUT;
    }
    sweep.warnings().forEach(w -> err.println("warning: " + run.sweepFile() + ": " + w));
    sweep.refused().forEach(r -> err.println("refused: " + r));
    if (conf.getBoolean("spark.speculation", false)) {
      err.println("warning: spark.speculation=true runs some cells twice at once on the cluster; their timings "
          + "are then not comparable (results stay one per cell)");
    }
    Path results = run.results(sweep.name());
    out.printf(Locale.ROOT, "sweep %s: %d cells%s -> %s (Spark master %s)%n", sweep.name(), sweep.plannedCells(),
        parsedShard.count() > 1 ? " (shard " + parsedShard + ")" : "", results, conf.get("spark.master", "?"));
    WorkerSettings settings = new WorkerSettings(run.heap(), run.timeLimit(), list(conf.get(WORKER_CLASSPATH, "")),
        list(conf.get(WORKER_PLUGINS, "")), conf.getBoolean(FAIL_FIRST_ATTEMPT, false));
    SweepOutcome outcome;
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      int inFlight = jobs > 0 ? jobs : Math.max(1, spark.defaultParallelism() / conf.getInt("spark.task.cpus", 1));
      RunOptions options = run.options(RunOptions.Isolation.PROCESS, inFlight, parsedShard, pluginFolders);
      SparkCellExecutor executor = new SparkCellExecutor(spark, injector.getInstance(CellRunner.class), settings);
      Path base = run.sweepFile().toAbsolutePath().getParent();
      outcome = injector.getInstance(SweepRunner.class).run(sweep, base, results, options, new Lines(out), executor);
    }
    out.println("done: " + outcome.ran().values().stream().mapToInt(Integer::intValue).sum() + " cells run "
        + outcome.ran() + ", " + outcome.skipped() + " skipped; report:");
    out.println(outcome.report().toAbsolutePath());
    return outcome.errors() > 0 ? HessTrucksCommand.EXIT_CELL_ERRORS : 0;
  }

  /**
   * What would make the run fail after the Spark context started, found before: a jar in {@code spark.jars}
   * that is a local path but not a file, a standalone master ({@code spark://}) none of whose hosts accepts a
   * connection. Other masters (YARN, Kubernetes, local) are left to Spark.
   */
  static List<String> preflight(SparkConf conf) {
    List<String> problems = new ArrayList<>();
    for (String jar : list(conf.get("spark.jars", ""))) {
      Path local = localPath(jar);
      if (local != null && !Files.isRegularFile(local)) {
        problems.add("spark.jars (--jars): no such file: " + local);
      }
    }
    String master = conf.get("spark.master", "");
    if (master.startsWith("spark://")) {
      List<String> refused = new ArrayList<>();
      boolean reached = false;
      for (String hostPort : master.substring("spark://".length()).split(",")) {
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        int port = colon < 0 ? 7077 : Integer.parseInt(hostPort.substring(colon + 1));
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress(host, port), MASTER_CONNECT_MILLIS);
          reached = true;
        } catch (IOException e) {
          refused.add(host + ":" + port + " (" + e.getClass().getSimpleName() + ")");
        }
      }
      if (!reached) {
        problems.add("cannot reach the Spark master " + master + ": " + String.join(", ", refused));
      }
    }
    return problems;
  }

  private static Path localPath(String jar) {
    try {
      URI uri = new URI(jar);
      if (uri.getScheme() == null) {
        return Path.of(jar);
      }
      return uri.getScheme().equals("file") ? Path.of(uri) : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Path.of(jar);
    }
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** A line per cell on the driver's standard output. */
  private static final class Lines implements RunListener {
    private final PrintWriter out;

    Lines(PrintWriter out) {
      this.out = out;
    }

    @Override
    public synchronized void skipped(int index, int total, Cell cell) {
      out.printf(Locale.ROOT, "[%d/%d] %s skipped (finished before)%n", index, total, cell.id());
    }

    @Override
    public synchronized void finished(int index, int total, Cell cell, CellResult result, double wallSeconds) {
      out.printf(Locale.ROOT, "[%d/%d] %s %s in %.1f s on %s%n", index, total, cell.id(), result.status().id(),
          wallSeconds, result.provenance() == null ? "?" : result.provenance().extra().getOrDefault("sparkHost", "?"));
    }
  }
}
