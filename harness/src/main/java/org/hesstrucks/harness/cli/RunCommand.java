package org.hesstrucks.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hesstrucks.harness.run.RunListener;
import org.hesstrucks.harness.run.RunOptions;
import org.hesstrucks.harness.run.Shard;
import org.hesstrucks.harness.run.SweepOutcome;
import org.hesstrucks.harness.run.SweepRunner;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.SweepCompiler;
import org.hesstrucks.result.CellResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hesstrucks run SWEEP}: validate, run the cells without results, write the report, print its path. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a sweep file's cells (skipping those already finished) and write the report. "
        + "The last line printed is the report's path.")
final class RunCommand implements Callable<Integer> {
  @ParentCommand
  HessTrucksCommand root;

  @Spec
  CommandSpec spec;

  @Mixin
  SweepRunArguments run;

  @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "Cells run at once, each in "
      + "its own worker with one BLAS thread (default 1). With more than 1, wall-clock timings are not comparable.")
  int jobs;

  @Option(names = "--in-process", description = "Run every cell in this JVM instead of a fresh worker JVM each "
      + "(faster for many tiny cells; no heap or time limit; later cells run with a warm JIT).")
  boolean inProcess;

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto", description = "A progress bar "
      + "(cells done, failed, running, time left) instead of a line per cell: auto (on a terminal), always, never.")
  String progress;

  @Override
  public Integer call() throws Exception {
    Shard parsedShard = run.checkedShard();
    if (jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs: expected a positive integer, got " + jobs);
    }
    RunOptions options = run.options(inProcess ? RunOptions.Isolation.IN_PROCESS : RunOptions.Isolation.PROCESS,
        jobs, parsedShard, root.pluginFolders);
    var injector = root.injector();
    CompiledSweep sweep = injector.getInstance(SweepCompiler.class).compile(run.sweepFile());
    PrintWriter out = spec.commandLine().getOut();
    sweep.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + run.sweepFile() + ": " + w));
    Path results = run.results(sweep.name());
    warnIfAnotherSweep(results, sweep);
    sweep.refused().forEach(r -> spec.commandLine().getErr().println("refused: " + r));
    out.printf(Locale.ROOT, "sweep %s: %d cells%s -> %s%n", sweep.name(), sweep.plannedCells(),
        parsedShard.count() > 1 ? " (shard " + parsedShard + ")" : "", results);
    if (jobs > 1) {
      spec.commandLine().getErr().println("warning: --jobs " + jobs + ": cells share the machine, so their "
          + "wall-clock timings are not comparable with each other or with a sequential run");
    }
    Path base = run.sweepFile().toAbsolutePath().getParent();
    boolean bar = progress.equals("always") || (progress.equals("auto") && System.console() != null);
    if (!List.of("auto", "always", "never").contains(progress)) {
      throw new ParameterException(spec.commandLine(), "--progress: expected auto, always or never, got '" + progress
          + "'");
    }
    SweepOutcome outcome;
    try (CellProgress listener = bar ? CellProgress.bar(sweep.plannedCells(), spec.commandLine().getErr())
        : CellProgress.lines(out)) {
      outcome = injector.getInstance(SweepRunner.class).run(sweep, base, results, options, listener);
    }
    out.println(summary(outcome));
    out.println(outcome.report().toAbsolutePath());
    if (outcome.skippedErrors() > 0) {
      spec.commandLine().getErr().println("warning: " + outcome.skippedErrors() + " skipped cell(s) ended in error in "
          + "an earlier run; --retry-failed runs them again");
    }
    return outcome.errors() > 0 ? HessTrucksCommand.EXIT_CELL_ERRORS : 0;
  }

  /**
   * Warns when the results folder holds the cells of a sweep whose file differs from this one (another sweep with
   * the same name, or an edited version): its cells stay and the report shows them beside this sweep's.
   */
  private void warnIfAnotherSweep(Path results, CompiledSweep sweep) {
    Path previous = results.resolve("sweep.json");
    if (!java.nio.file.Files.isRegularFile(previous)) {
      return;
    }
    try {
      com.fasterxml.jackson.databind.JsonNode before = org.hesstrucks.result.ResultJson.mapper().readTree(
          previous.toFile());
      if (!before.equals(sweep.source())) {
        spec.commandLine().getErr().println("warning: " + results + " holds the cells of a sweep whose file differs "
            + "from " + run.sweepFile() + " (another sweep named '" + sweep.name() + "', or an earlier version of "
            + "this one); they stay, and the report shows them beside this run's: use -o for a folder of its own");
      }
    } catch (java.io.IOException e) {
      spec.commandLine().getErr().println("warning: " + previous + " cannot be read (" + e.getMessage() + "); it "
          + "will be replaced");
    }
  }

  private static String summary(SweepOutcome outcome) {
    String ran = outcome.ran().isEmpty() ? "no cells run"
        : outcome.ran().entrySet().stream().map(e -> e.getValue() + " " + e.getKey().id())
            .collect(Collectors.joining(", "));
    int total = outcome.ran().values().stream().mapToInt(Integer::intValue).sum();
    return "done: " + total + " cells run (" + ran + "), " + outcome.skipped() + " skipped; report:";
  }

  static String join(Map<String, ?> map) {
    return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
  }
}
