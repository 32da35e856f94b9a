package org.hesstrucks.harness.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hesstrucks.report.ReportData;
import org.hesstrucks.report.ReportOptions;
import org.hesstrucks.report.ReportWriter;
import org.hesstrucks.report.ResultsFolder;
import org.hesstrucks.report.UnreadableFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hesstrucks report RESULTS_DIR}: write the HTML report of a results folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the self-contained HTML report of a results folder and print its path.")
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A results folder (with cells/).")
  Path results;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The HTML file; default RESULTS_DIR/report.html.")
  Path output;

  @Option(names = "--jmh", paramLabel = "FILE", description = "JMH JSON results (-rf json) for the "
      + "Microbenchmarks section.")
  Path jmh;

  @Override
  public Integer call() throws Exception {
    ReportData data = ResultsFolder.read(results);
    if (data.cells().isEmpty() && data.unreadable().isEmpty() && data.sweepFile() == null
        && !java.nio.file.Files.isDirectory(results.resolve("cells"))) {
      spec.commandLine().getErr().println("error: " + results + ": expected a results folder (with cells/ and "
          + "sweep.json, as run writes), got a folder without either");
      return HessTrucksCommand.EXIT_BAD_INPUT;
    }
    for (UnreadableFile file : data.unreadable()) {
      spec.commandLine().getErr().println("warning: " + results.resolve("cells").resolve(file.fileName()) + ": "
          + file.error() + " (listed in the report; the other cells are in it)");
    }
    Path target = output != null ? output : results.resolve("report.html");
    if (java.nio.file.Files.isDirectory(target)) {
      spec.commandLine().getErr().println("error: " + target + ": expected a file path for the report, got a folder");
      return HessTrucksCommand.EXIT_BAD_INPUT;
    }
    Path written;
    try {
      written = new ReportWriter().write(data, target, new ReportOptions(jmh));
    } catch (java.io.IOException e) {
      spec.commandLine().getErr().println("error: " + target + ": the report cannot be written there: " + e);
      return HessTrucksCommand.EXIT_BAD_INPUT;
    }
    spec.commandLine().getOut().println(written.toAbsolutePath());
    return 0;
  }
}
