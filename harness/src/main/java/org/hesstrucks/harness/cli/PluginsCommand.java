package org.hesstrucks.harness.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hesstrucks.plugin.LoadedPlugin;
import org.hesstrucks.plugin.PluginCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hesstrucks plugins}: every plugin found, with its kind, version and jar. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
    description = "List the plugins found (bundled and from --plugins folders): kind, id, version, jar.")
final class PluginsCommand implements Callable<Integer> {
  @ParentCommand
  HessTrucksCommand root;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<LoadedPlugin<?>> plugins = root.injector().getInstance(PluginCatalog.class).all();
    PrintWriter out = spec.commandLine().getOut();
    int idWidth = Math.max(2, plugins.stream().mapToInt(p -> p.id().length()).max().orElse(2));
    int versionWidth = Math.max(7, plugins.stream().mapToInt(p -> p.version().length()).max().orElse(7));
    String format = "%-11s  %-" + idWidth + "s  %-" + versionWidth + "s  %s%n";
    out.printf(Locale.ROOT, format, "KIND", "ID", "VERSION", "JAR");
    for (LoadedPlugin<?> plugin : plugins) {
      out.printf(Locale.ROOT, format, plugin.kind().label(), plugin.id(), plugin.version(), plugin.descriptor().location());
    }
    return 0;
  }
}
