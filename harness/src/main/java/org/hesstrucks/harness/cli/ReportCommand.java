package org.hesstrucks.harness.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hesstrucks.report.ReportOptions;
import org.hesstrucks.report.ReportWriter;
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
    Path written = new ReportWriter().write(results, output != null ? output : results.resolve("report.html"),
        new ReportOptions(jmh));
    spec.commandLine().getOut().println(written.toAbsolutePath());
    return 0;
  }
}
