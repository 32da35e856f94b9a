package org.hesstrucks.harness.run;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hesstrucks.core.Spi;
import org.hesstrucks.result.Provenance;

/** What every cell records about where it ran; machine facts are read once per JVM. */
public final class ProvenanceCollector {
  private final String jvm = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
      + System.getProperty("java.runtime.version");
  private final String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
      + System.getProperty("os.arch");
  private final String cpu = readCpuModel();
  private final String host = readHost();
  private final String gitRevision = readGitRevision(Path.of("").toAbsolutePath());

  /**
   * Provenance for a cell using {@code plugins} ("kind:id" → version), started at {@code startedAt}, with
   * what its model reported about itself (BLAS and threads).
   */
  public Provenance collect(Map<String, String> plugins, Instant startedAt, Map<String, String> modelFacts) {
    return new Provenance(plugins, Spi.coreVersion(), jvm, os, cpu, Runtime.getRuntime().availableProcessors(), host,
        gitRevision, startedAt.toString(), Map.copyOf(modelFacts));
  }

  private static String readCpuModel() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
      for (String line : lines) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or not readable: fall through
    }
    return System.getProperty("os.arch");
  }

  private static String readHost() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * The git revision of the checkout containing {@code start}: HESSTRUCKS_GIT_REVISION if set, else read from
   * .git/HEAD (following a symbolic ref into refs/ or packed-refs); null when not in a git checkout.
   */
  static String readGitRevision(Path start) {
    String env = System.getenv("HESSTRUCKS_GIT_REVISION");
    if (env != null && !env.isBlank()) {
      return env.trim();
    }
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path git = dir.resolve(".git");
      if (Files.isDirectory(git)) {
        return resolveHead(git).orElse(null);
      }
    }
    return null;
  }

  private static Optional<String> resolveHead(Path git) {
    try {
      String head = Files.readString(git.resolve("HEAD")).trim();
      if (!head.startsWith("ref: ")) {
        return Optional.of(head);
      }
      String ref = head.substring(5).trim();
      Path refFile = git.resolve(ref);
      if (Files.isRegularFile(refFile)) {
        return Optional.of(Files.readString(refFile).trim());
      }
      Path packed = git.resolve("packed-refs");
      if (Files.isRegularFile(packed)) {
        for (String line : Files.readAllLines(packed)) {
          if (line.endsWith(" " + ref)) {
            return Optional.of(line.substring(0, line.indexOf(' ')));
          }
        }
      }
    } catch (IOException e) {
      // unreadable: unknown revision
    }
    return Optional.empty();
  }
}
