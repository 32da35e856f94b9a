package org.hesstrucks.harness.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hesstrucks.harness.bench.BenchCompare;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hesstrucks bench-compare OLD.json NEW.json}: JMH results side by side; non-zero on a slowdown. */
@Command(name = "bench-compare", mixinStandardHelpOptions = true,
    description = "Compare two JMH JSON result files (-rf json): ratio per benchmark and whether the difference "
        + "exceeds the combined error; exit 1 on a significant slowdown beyond the threshold, 2 on bad input.")
final class BenchCompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW")
  Path after;

  @Option(names = "--threshold", paramLabel = "FRACTION", description = "Slowdowns beyond this fraction fail "
      + "(default 0.10).")
  Double threshold;

  @Override
  public Integer call() {
    List<String> args = new ArrayList<>();
    if (threshold != null) {
      args.add("--threshold");
      args.add(threshold.toString());
    }
    args.add(before.toString());
    args.add(after.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = BenchCompare.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    spec.commandLine().getOut().print(out.toString(StandardCharsets.UTF_8));
    spec.commandLine().getErr().print(err.toString(StandardCharsets.UTF_8));
    return code;
  }
}
