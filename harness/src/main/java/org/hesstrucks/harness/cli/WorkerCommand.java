package org.hesstrucks.harness.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hesstrucks.harness.run.CellRunner;
import org.hesstrucks.harness.run.ResultStore;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.SweepCompiler;
import org.hesstrucks.result.CellResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/**
 * {@code hesstrucks worker}: runs one cell of a sweep in this JVM and writes its result. Started by the
 * harness, one per cell; not meant to be typed. The worker ends itself when the harness that started it dies,
 * so a killed sweep leaves no orphan computing a cell nobody waits for.
 */
@Command(name = "worker", hidden = true, description = "Run one cell (started by 'run'; not for direct use).")
final class WorkerCommand implements Callable<Integer> {
  @ParentCommand
  HessTrucksCommand root;

  @Parameters(index = "0", paramLabel = "SWEEP")
  Path sweepFile;

  @Option(names = "--cell", required = true)
  String cellId;

  @Option(names = "--name", required = true)
  String name;

  @Option(names = "--output", required = true)
  Path output;

  @Option(names = "--base-dir", required = true)
  Path baseDirectory;

  @Option(names = "--jobs", defaultValue = "1")
  int jobs;

  @Option(names = "--heap", defaultValue = "")
  String heap;

  @Override
  public Integer call() throws Exception {
    ProcessHandle.current().parent().ifPresent(parent ->
        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(HessTrucksCommand.EXIT_ORPHANED)));
    var injector = root.injector();
    CompiledSweep sweep = injector.getInstance(SweepCompiler.class).compile(
        org.hesstrucks.harness.sweep.SweepFile.read(sweepFile), sweepFile.toString(), name);
    Cell cell = sweep.cells().stream().filter(c -> c.id().equals(cellId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("sweep " + sweepFile + " has no cell " + cellId));
    CellResult result = injector.getInstance(CellRunner.class).run(cell, sweep.name(), baseDirectory,
        Map.of("isolation", "worker JVM per cell", "jobs", Integer.toString(jobs), "workerHeap", heap,
            "workerPid", Long.toString(ProcessHandle.current().pid())));
    new ResultStore(output).write(result);
    return 0;
  }
}
