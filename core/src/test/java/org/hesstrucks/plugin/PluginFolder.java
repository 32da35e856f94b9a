package org.hesstrucks.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hesstrucks.linesearch.LineSearchPlugin;

/**
 * A plugin folder built in a temporary directory, laid out like an unpacked plugin jar: the plugin classes,
 * a {@code plugin.properties} descriptor next to them (or none), and {@code META-INF/services}. Its loader is
 * child-first, so the folder's copy of a class is a different class from the test class path's copy, just as a
 * plugin jar's classes are its own.
 */
final class PluginFolder {
  private final Path root;
  private final List<String> providers = new ArrayList<>();

  PluginFolder(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** Copies {@code pluginClass}'s class file here and lists it as a line-search provider. */
  PluginFolder withPlugin(Class<? extends LineSearchPlugin<?>> pluginClass) {
    String classFile = pluginClass.getName().replace('.', '/') + ".class";
    Path target = root.resolve(classFile);
    try (InputStream in = pluginClass.getClassLoader().getResourceAsStream(classFile)) {
      if (in == null) {
        throw new IllegalStateException("no class file " + classFile);
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    providers.add(pluginClass.getName());
    return this;
  }

  /** Writes the descriptor of the fixture package. */
  PluginFolder withDescriptor(String properties) {
    Path target = root.resolve("org/hesstrucks/plugin/fixture/" + PluginDescriptor.RESOURCE);
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, properties, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** A descriptor that says what a well-built plugin says. */
  static String descriptor(String coreVersion) {
    return "artifactId=hesstrucks-line-search-fixture\nversion=3.1.4\ncoreVersion=" + coreVersion + "\n";
  }

  /** Writes META-INF/services and returns a child-first loader over the folder (the caller closes it). */
  URLClassLoader loader() {
    Path services = root.resolve("META-INF/services/" + LineSearchPlugin.class.getName());
    try {
      Files.createDirectories(services.getParent());
      Files.writeString(services, String.join("\n", providers) + "\n", StandardCharsets.UTF_8);
      return new ChildFirstLoader(root.toUri().toURL(), PluginFolder.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Looks in its own folder first, for classes and for resources, and only then asks its parent. */
  static final class ChildFirstLoader extends URLClassLoader {
    ChildFirstLoader(URL folder, ClassLoader parent) throws MalformedURLException {
      super(new URL[] {folder}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> type = findLoadedClass(name);
        if (type == null) {
          try {
            type = findClass(name);
          } catch (ClassNotFoundException notHere) {
            return super.loadClass(name, resolve);
          }
        }
        if (resolve) {
          resolveClass(type);
        }
        return type;
      }
    }

    @Override
    public URL getResource(String name) {
      URL own = findResource(name);
      return own != null ? own : super.getResource(name);
    }
  }
}
