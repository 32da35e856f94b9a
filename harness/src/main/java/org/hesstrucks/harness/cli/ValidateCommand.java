package org.hesstrucks.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.SweepCompiler;
import org.hesstrucks.harness.sweep.WorkUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hesstrucks validate SWEEP}: check a sweep file and print its grid, running nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a sweep file against the plugins' configs and print the expanded grid, running nothing.")
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  HessTrucksCommand root;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SWEEP", description = "The sweep file (.json, .yaml or .yml).")
  Path sweepFile;

  @Override
  public Integer call() {
    CompiledSweep sweep = root.injector().getInstance(SweepCompiler.class).compile(sweepFile);
    PrintWriter out = spec.commandLine().getOut();
    out.println(sweepFile + ": valid");
    out.println("sweep: " + sweep.name());
    out.println("cells: " + sweep.plannedCells());
    if (sweep.axes().isEmpty()) {
      out.println("axes: none");
    } else {
      out.println("axes:");
      for (Map.Entry<String, List<JsonNode>> axis : sweep.axes().entrySet()) {
        out.println("  " + axis.getKey() + " (" + axis.getValue().size() + "): "
            + axis.getValue().stream().map(v -> v.isTextual() ? v.asText() : v.toString()).collect(Collectors.joining(", ")));
      }
    }
    out.println("optimizers: " + sweep.cells().stream().map(c -> c.spec().optimizerLabel()).distinct()
        .collect(Collectors.joining("; ")));
    out.println("problems: " + sweep.cells().stream().map(c -> c.spec().problemLabel()).distinct()
        .collect(Collectors.joining("; ")));
    for (WorkUnit unit : sweep.units()) {
      if (unit instanceof WorkUnit.TunedGroup group) {
        out.println("tuning: " + group.label() + ": " + group.trials().size() + " trials of "
            + String.join(", ", group.parameters()) + " on seed " + group.settings().seed() + " ranked by "
            + group.settings().metric().id() + ", then the choice on " + group.finals().get(0).size() + " seeds");
      }
    }
    sweep.refused().forEach(r -> out.println("refused: " + r));
    sweep.warnings().forEach(w -> out.println("warning: " + w));
    return 0;
  }
}
