package org.hesstrucks.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hesstrucks.harness.run.RunListener;
import org.hesstrucks.harness.run.SweepOutcome;
import org.hesstrucks.harness.run.SweepRunner;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.SweepCompiler;
import org.hesstrucks.result.CellResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
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

  @Parameters(index = "0", paramLabel = "SWEEP", description = "The sweep file (.json, .yaml or .yml).")
  Path sweepFile;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "The results folder; default results/<sweep name>.")
  Path output;

  @Option(names = "--force", description = "Rerun cells that already have a result.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    var injector = root.injector();
    CompiledSweep sweep = injector.getInstance(SweepCompiler.class).compile(sweepFile);
    PrintWriter out = spec.commandLine().getOut();
    sweep.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + sweepFile + ": " + w));
    Path results = output != null ? output : Path.of("results", sweep.name());
    out.printf(Locale.ROOT, "sweep %s: %d cells -> %s%n", sweep.name(), sweep.cells().size(), results);
    Path base = sweepFile.toAbsolutePath().getParent();
    SweepOutcome outcome = injector.getInstance(SweepRunner.class).run(sweep, base, results, force, new RunListener() {
      @Override
      public void skipped(int index, int total, Cell cell) {
        out.printf(Locale.ROOT, "[%d/%d] %s | %s | seed %d: already finished, skipped%n", index, total,
            cell.spec().optimizerLabel(), cell.spec().problemLabel(), cell.spec().seed());
      }

      @Override
      public void finished(int index, int total, Cell cell, CellResult result, double wallSeconds) {
        String iterations = result.summary() == null ? "" : " after " + result.summary().iterations() + " iterations";
        out.printf(Locale.ROOT, "[%d/%d] %s | %s | seed %d: %s%s (%.2f s)%s%n", index, total,
            cell.spec().optimizerLabel(), cell.spec().problemLabel(), cell.spec().seed(), result.status().id(),
            iterations, wallSeconds, result.message().isEmpty() ? "" : ": " + result.message());
      }
    });
    out.println(summary(outcome));
    out.println(outcome.report().toAbsolutePath());
    return outcome.errors() > 0 ? HessTrucksCommand.EXIT_CELL_ERRORS : 0;
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
