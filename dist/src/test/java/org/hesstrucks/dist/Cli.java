package org.hesstrucks.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the distribution's command line in a real JVM, the way bin/hesstrucks does. */
final class Cli {
  static final Path DIST = Path.of(System.getProperty("hesstrucks.dist"));
  static final Path IT_PLUGINS = Path.of(System.getProperty("hesstrucks.itPlugins"));
  static final Path REPOSITORY = Path.of(System.getProperty("hesstrucks.repository"));

  record Outcome(int code, String out, String err) {
    String lastLine() {
      String[] lines = out.split("\n");
      return lines[lines.length - 1];
    }
  }

  private Cli() {}

  /** The command line of {@code hesstrucks args...} in a fresh JVM. */
  static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(DIST.resolve("lib") + "/*");
    command.add("org.hesstrucks.harness.cli.Main");
    command.addAll(List.of(args));
    return command;
  }

  /** Starts {@code hesstrucks args...} in the background, output to files in {@code workingDirectory}. */
  static Process start(Path workingDirectory, String... args) throws IOException {
    return new ProcessBuilder(command(args)).directory(workingDirectory.toFile())
        .redirectOutput(workingDirectory.resolve("background-out.txt").toFile())
        .redirectError(workingDirectory.resolve("background-err.txt").toFile()).start();
  }

  static Outcome run(Path workingDirectory, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile("hesstrucks-out", ".txt");
    Path err = Files.createTempFile("hesstrucks-err", ".txt");
    Process process = new ProcessBuilder(command(args)).directory(workingDirectory.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("hesstrucks " + String.join(" ", args) + " did not end in 10 minutes");
    }
    Outcome outcome = new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return outcome;
  }

  /** The example plugin's jar, staged by the build. */
  static Path examplePluginJar() throws IOException {
    try (var files = Files.list(IT_PLUGINS)) {
      return files.filter(f -> f.getFileName().toString().startsWith("barzilai-borwein-optimizer")).findFirst()
          .orElseThrow(() -> new IllegalStateException("the example plugin was not staged in " + IT_PLUGINS));
    }
  }
}
