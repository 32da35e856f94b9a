package org.hesstrucks.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Properties;
import org.hesstrucks.core.Spi;

/**
 * A plugin's identity card, read from {@code plugin.properties} in the plugin class's own package (a resource
 * the plugin's build filters, so it is there both in the jar and in {@code target/classes}):
 *
 * <pre>
 * artifactId=${project.artifactId}
 * version=${project.version}
 * coreVersion=${hesstrucks.core.version}
 * </pre>
 *
 * @param artifactId the plugin's Maven artifact
 * @param version the plugin's own version, recorded in every result
 * @param coreVersion the core version the plugin was compiled against
 * @param location the jar or class folder the plugin class was loaded from
 */
public record PluginDescriptor(String artifactId, String version, String coreVersion, String location) {
  /** The resource name, relative to the plugin class's package. */
  public static final String RESOURCE = "plugin.properties";

  /**
   * Reads the descriptor of {@code pluginClass}.
   *
   * @throws PluginException naming the class and the resource when it is missing or incomplete
   */
  public static PluginDescriptor of(Class<?> pluginClass) {
    String resource = pluginClass.getPackageName().replace('.', '/') + "/" + RESOURCE;
    String location = locationOf(pluginClass);
    Properties properties = new Properties();
    try (InputStream in = pluginClass.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new PluginException("plugin class " + pluginClass.getName() + " (" + location + ") has no descriptor "
            + resource + "; add it as a filtered resource (see docs/plugins.md)");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new PluginException("cannot read " + resource + " of " + pluginClass.getName() + " (" + location + ")", e);
    }
    String artifactId = required(properties, "artifactId", resource, location);
    String version = required(properties, "version", resource, location);
    String coreVersion = required(properties, "coreVersion", resource, location);
    return new PluginDescriptor(artifactId, version, coreVersion, location);
  }

  /** The SPI major this plugin was built against. */
  public int spiMajor() {
    return Spi.majorOf(coreVersion);
  }

  private static String required(Properties properties, String key, String resource, String location) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank() || value.startsWith("${")) {
      throw new PluginException(resource + " in " + location + ": '" + key + "' is "
          + (value == null || value.isBlank() ? "missing" : "unfiltered (" + value + ")")
          + "; expected a Maven-filtered value (see docs/plugins.md)");
    }
    return value.trim();
  }

  /** The jar or folder a class came from, for messages and listings. */
  public static String locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "(unknown location)";
    }
    try {
      return Path.of(source.getLocation().toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return source.getLocation().toString();
    }
  }
}
