package org.hesstrucks.harness.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hesstrucks.harness.run.CellRunner;
import org.hesstrucks.harness.run.ResultStore;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CellTicket;
import org.hesstrucks.harness.sweep.SweepCompiler;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.ResultJson;
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

  @Parameters(index = "0", paramLabel = "TICKET", description = "The cell, as JSON (a CellTicket).")
  Path ticketFile;

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
    CellTicket ticket = ResultJson.mapper().readValue(ticketFile.toFile(), CellTicket.class);
    Cell cell = injector.getInstance(SweepCompiler.class).cell(ticket);
    CellResult result = injector.getInstance(CellRunner.class).run(cell, ticket.sweep(), baseDirectory,
        Map.of("isolation", "worker JVM per cell", "jobs", Integer.toString(jobs), "workerHeap", heap,
            "workerPid", Long.toString(ProcessHandle.current().pid())));
    new ResultStore(output).write(result);
    return 0;
  }
}
