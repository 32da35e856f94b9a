package org.hesstrucks.harness.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkConf;
import org.hesstrucks.result.ResultJson;

/** Test helpers: a local Spark configuration and the jars the executors get (as spark-submit's --jars would). */
final class TestSpark {
  /** Four cells: gd on two quadratics, two seeds each. */
  static final String SWEEP = "{'name': 'spark-test', 'seeds': [1, 2], 'budget': {'iterations': 40},"
      + " 'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', 'dimension': 20, 'conditionNumber': 10},"
      + " {'id': 'quadratic', 'dimension': 20, 'conditionNumber': 100}]}";

  private TestSpark() {}

  /** Two worker threads, a task may fail twice; UI off; everything on the loopback interface. */
  static SparkConf conf() {
    return new SparkConf()
        .setMaster("local[2,2]")
        .setAppName("hesstrucks-spark-test")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.speculation", "false")
        .set("spark.ui.showConsoleProgress", "false");
  }

  /** The harness and its runtime dependencies (no Spark), from the build's {@code worker-classpath.txt}. */
  static List<String> harnessJars() throws IOException {
    return read("hesstrucks.test.workerClasspath");
  }

  /** The gd and quadratic plugin jars. */
  static List<String> pluginJars() throws IOException {
    return read("hesstrucks.test.pluginJars");
  }

  static List<String> allJars() throws IOException {
    List<String> jars = new ArrayList<>(harnessJars());
    jars.addAll(pluginJars());
    return jars;
  }

  private static List<String> read(String property) throws IOException {
    String text = Files.readString(Path.of(System.getProperty(property))).trim();
    return Arrays.stream(text.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).toList();
  }

  /** A result file without what legitimately differs between runs: provenance and every timing. */
  static JsonNode withoutTimings(Path resultFile) throws IOException {
    JsonNode node = ResultJson.mapper().readTree(resultFile.toFile());
    ((ObjectNode) node).remove("provenance");
    strip(node);
    return node;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
        String name = names.next();
        if (name.toLowerCase(java.util.Locale.ROOT).contains("seconds")) {
          names.remove();
        } else {
          strip(object.get(name));
        }
      }
    } else if (node.isArray()) {
      node.forEach(TestSpark::strip);
    }
  }
}
