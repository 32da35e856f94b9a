package org.hesstrucks.harness.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hesstrucks.core.Spi;
import org.hesstrucks.harness.plugins.HarnessModule;
import org.hesstrucks.harness.sweep.SweepException;
import org.hesstrucks.plugin.PluginException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command; the work is in its subcommands. */
@Command(
    name = "hesstrucks",
    mixinStandardHelpOptions = true,
    versionProvider = HessTrucksCommand.Version.class,
    description = "Benchmark optimizers on deep networks and look inside them through the Hessian's eigenspaces.",
    subcommands = {RunCommand.class, ValidateCommand.class, ReportCommand.class, PluginsCommand.class,
        BenchCompareCommand.class, WorkerCommand.class})
public final class HessTrucksCommand {
  /** Bad input: a sweep file, a plugin folder, an argument. */
  public static final int EXIT_BAD_INPUT = 2;
  /** The sweep finished, but some of its cells stand in error (run now, or skipped after an earlier run). */
  public static final int EXIT_CELL_ERRORS = 3;
  /** A worker whose harness died stops with this code. */
  public static final int EXIT_ORPHANED = 4;

  @Option(names = "--plugins", paramLabel = "DIR", description = "A folder of plugin jars (or of subfolders "
      + "with a plugin's jars) to load besides the bundled ones; repeatable.", scope = CommandLine.ScopeType.INHERIT)
  List<Path> pluginFolders = new ArrayList<>();

  @Option(names = "--verbose", description = "Show stack traces of failures.", scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  /** The injector with the harness's wiring and the plugins found. */
  Injector injector() {
    return Guice.createInjector(new HarnessModule(pluginFolders));
  }

  /** Runs the command line and returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new HessTrucksCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      HessTrucksCommand root = cmd.getCommandSpec().root().userObject() instanceof HessTrucksCommand c ? c : null;
      if (e instanceof SweepException sweep) {
        sweep.problems().forEach(p -> cmd.getErr().println("error: " + p));
        return EXIT_BAD_INPUT;
      }
      if (e instanceof PluginException) {
        cmd.getErr().println("error: " + e.getMessage());
        if (root != null && root.verbose) {
          e.printStackTrace(cmd.getErr());
        }
        return EXIT_BAD_INPUT;
      }
      cmd.getErr().println("error: " + e);
      if (root != null && root.verbose) {
        e.printStackTrace(cmd.getErr());
      } else {
        cmd.getErr().println("(run with --verbose for the stack trace)");
      }
      return CommandLine.ExitCode.SOFTWARE;
    });
    return commandLine.execute(args);
  }

  /** Reports the core version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Hess-Trucks " + Spi.coreVersion() + " (plugin SPI " + Spi.MAJOR_VERSION + ")"};
    }
  }
}
