package org.hesstrucks.harness.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hesstrucks.plugin.PluginException;
import org.hesstrucks.plugin.PluginSource;

/**
 * The plugin sources of a {@code --plugins} folder: each {@code *.jar} directly inside gets a class loader of
 * its own, and so does each subfolder (with every jar in it, for a plugin that brings libraries). Loaders
 * delegate to the harness's loader first, so core, Jackson and the JDK are shared and a plugin cannot replace
 * them; providers are kept only when their class comes from the folder itself.
 */
public final class PluginFolders {
  private PluginFolders() {}

  /** The class path first, then each folder's jars and subfolders in name order. */
  public static List<PluginSource> sources(List<Path> folders) {
    List<PluginSource> sources = new ArrayList<>();
    sources.add(PluginSource.classPath());
    for (Path folder : folders) {
      sources.addAll(folder(folder));
    }
    return sources;
  }

  private static List<PluginSource> folder(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new PluginException("--plugins " + folder + ": not a folder");
    }
    List<PluginSource> sources = new ArrayList<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.sorted().toList()) {
        if (Files.isDirectory(entry)) {
          List<Path> jars = jars(entry);
          if (!jars.isEmpty()) {
            sources.add(new PluginSource(entry.toString(), loader(jars), true));
          }
        } else if (isJar(entry)) {
          sources.add(new PluginSource(entry.toString(), loader(List.of(entry)), true));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list --plugins " + folder + ": " + e.getMessage(), e);
    }
    return sources;
  }

  private static List<Path> jars(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(PluginFolders::isJar).sorted().toList();
    }
  }

  private static boolean isJar(Path file) {
    return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".jar");
  }

  private static ClassLoader loader(List<Path> jars) {
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = jars.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new PluginException("cannot load " + jars.get(i) + ": " + e.getMessage(), e);
      }
    }
    return new URLClassLoader("plugins:" + jars.get(0).getParent().getFileName(), urls,
        PluginFolders.class.getClassLoader());
  }
}
