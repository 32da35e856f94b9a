package org.hesstrucks.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the plugin SPI that this core implements.
 *
 * <p>A plugin records, in its descriptor, the core version it was compiled against. The harness refuses a
 * plugin whose core major version differs from {@link #MAJOR_VERSION}, by name, before any cell runs:
 * a plugin built against another major would otherwise fail halfway through a sweep with an
 * {@code AbstractMethodError}. Minor versions only add default methods and are compatible both ways.
 */
public final class Spi {
  /** The SPI's major version; equal to the major of core's own Maven version (a test keeps them so). */
  public static final int MAJOR_VERSION = 1;

  private static final String CORE_VERSION = readCoreVersion();

  private Spi() {}

  /** The running core's Maven version, from a resource filtered at build time, e.g. {@code 1.0.0-SNAPSHOT}. */
  public static String coreVersion() {
    return CORE_VERSION;
  }

  /**
   * The major component of a version string: {@code "1.2.3-SNAPSHOT"} gives 1.
   *
   * @throws IllegalArgumentException if the version does not start with a number
   */
  public static int majorOf(String version) {
    if (version == null) {
      throw new IllegalArgumentException("version is missing");
    }
    int end = 0;
    while (end < version.length() && Character.isDigit(version.charAt(end))) {
      end++;
    }
    if (end == 0) {
      throw new IllegalArgumentException("version '" + version + "' does not start with a number");
    }
    try {
      return Integer.parseInt(version.substring(0, end));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("version '" + version + "' has a major number out of range");
    }
  }

  private static String readCoreVersion() {
    try (InputStream in = Spi.class.getResourceAsStream("core.properties")) {
      if (in == null) {
        throw new IllegalStateException("core.properties is missing from hesstrucks-core: a broken build");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
