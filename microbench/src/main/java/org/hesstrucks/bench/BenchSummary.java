package org.hesstrucks.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summarises one JMH JSON result file as Markdown for docs/performance.md: every benchmark's median over its
 * measured iterations with the lowest and highest iteration (a shared machine is noisy: medians and ranges,
 * never one timing), the medians of its secondary metrics (time per line-search evaluation, bytes per second,
 * {@code gc.alloc.rate.norm} under {@code -prof gc}), the line searches' evaluations per search, and the
 * two-loop recursion against its memory-bandwidth bound, and the MLP's products and operator construction against
 * its gradient.
 *
 * <pre>
 * java -cp microbench/target/benchmarks.jar org.hesstrucks.bench.BenchSummary results/bench/RUN.json
 * </pre>
 */
public final class BenchSummary {
  private static final String TWO_LOOP = "org.hesstrucks.optimizer.lbfgs.TwoLoopRecursionBenchmark.multiply";
  private static final String ARRAY_COPY = "org.hesstrucks.optimizer.lbfgs.TwoLoopRecursionBenchmark.arrayCopy";
  private static final String READ_PAIRS = "org.hesstrucks.optimizer.lbfgs.TwoLoopRecursionBenchmark.readPairs";
  private static final String LINE_SEARCH = "org.hesstrucks.linesearch.LineSearchBenchmark.search";
  private static final String MLP = "org.hesstrucks.model.mlp.MlpBenchmark.";
  private static final String DGEMM = "org.hesstrucks.model.mlp.DgemmBenchmark.multiply";

  private BenchSummary() {}

  /** Prints the summary of the file named by the one argument; exit status 2 for bad input. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: bench-summary RESULT.json");
      System.exit(2);
    }
    try {
      print(new ObjectMapper().readTree(Path.of(args[0]).toFile()), System.out);
    } catch (IOException e) {
      System.err.println("bench-summary: " + args[0] + ": " + e.getMessage());
      System.exit(2);
    }
  }

  /** Writes the Markdown summary of a parsed JMH JSON array to {@code out}. */
  public static void print(JsonNode results, PrintStream out) {
    out.println("| benchmark | parameters | median | range over iterations | unit | secondary (medians) |");
    out.println("|---|---|---|---|---|---|");
    for (JsonNode result : results) {
      JsonNode primary = result.path("primaryMetric");
      double[] raw = raw(primary);
      StringBuilder secondary = new StringBuilder();
      for (Map.Entry<String, JsonNode> metric : result.path("secondaryMetrics").properties()) {
        if (secondary.length() > 0) {
          secondary.append("; ");
        }
        secondary.append(metric.getKey()).append(' ').append(format(median(raw(metric.getValue()))))
            .append(' ').append(metric.getValue().path("scoreUnit").asText());
      }
      out.printf(Locale.ROOT, "| %s | %s | %s | %s–%s | %s | %s |%n", shortName(result), params(result),
          format(median(raw)), format(min(raw)), format(max(raw)), primary.path("scoreUnit").asText(), secondary);
    }
    out.println();
    out.println("Line searches: evaluations per search (median over iterations of time per search / time per"
        + " evaluation)");
    out.println();
    out.println("| problem | search | evaluations per search | ns per evaluation |");
    out.println("|---|---|---|---|");
    for (JsonNode result : results) {
      if (!result.path("benchmark").asText().equals(LINE_SEARCH)) {
        continue;
      }
      double[] perSearch = raw(result.path("primaryMetric"));
      double[] perEvaluation = raw(result.path("secondaryMetrics").path("evaluations"));
      double[] ratio = new double[Math.min(perSearch.length, perEvaluation.length)];
      for (int i = 0; i < ratio.length; i++) {
        ratio[i] = perSearch[i] / perEvaluation[i];
      }
      out.printf(Locale.ROOT, "| %s | %s | %.1f | %s |%n", result.path("params").path("problem").asText(),
          result.path("params").path("search").asText(), median(ratio), format(median(perEvaluation)));
    }
    out.println();
    out.println("Two-loop recursion against its memory-traffic bound: 2 × readPairs (every stored vector read"
        + " twice) + 2 × arrayCopy (the transformed vector read and written twice), timed at the same n and m;"
        + " last column: the previous definition, (4m + 4)·8n bytes at the copy's nominal bandwidth (16n bytes"
        + " per copy)");
    out.println();
    out.println("| n | m | median time (µs) | readPairs (µs) | arrayCopy (µs) | bound (µs) | time / bound"
        + " | time / (4m + 4)·8n at copy GB/s |");
    out.println("|---|---|---|---|---|---|---|---|");
    Map<Integer, Double> copyMicros = new TreeMap<>();
    Map<Integer, Double> bandwidth = new TreeMap<>();
    Map<String, Double> readMicros = new TreeMap<>();
    for (JsonNode result : results) {
      String name = result.path("benchmark").asText();
      int n = result.path("params").path("n").asInt();
      if (name.equals(ARRAY_COPY)) {
        copyMicros.put(n, toMicros(median(raw(result.path("primaryMetric"))),
            result.path("primaryMetric").path("scoreUnit").asText()));
        bandwidth.put(n, median(raw(result.path("secondaryMetrics").path("bytes"))));
      } else if (name.equals(READ_PAIRS)) {
        readMicros.put(n + "|" + result.path("params").path("m").asInt(), toMicros(
            median(raw(result.path("primaryMetric"))), result.path("primaryMetric").path("scoreUnit").asText()));
      }
    }
    for (JsonNode result : results) {
      if (!result.path("benchmark").asText().equals(TWO_LOOP)) {
        continue;
      }
      int n = result.path("params").path("n").asInt();
      int m = result.path("params").path("m").asInt();
      double micros = toMicros(median(raw(result.path("primaryMetric"))),
          result.path("primaryMetric").path("scoreUnit").asText());
      Double copy = copyMicros.get(n);
      Double read = readMicros.get(n + "|" + m);
      Double bytesPerSecond = bandwidth.get(n);
      String oldDefinition = bytesPerSecond == null ? "" : String.format(Locale.ROOT, "%.2f",
          micros / boundMicros(n, m, bytesPerSecond));
      if (copy == null || read == null) {
        out.printf(Locale.ROOT, "| %d | %d | %s | %s | %s | no readPairs and arrayCopy at this n and m | | %s |%n",
            n, m, format(micros), read == null ? "" : format(read), copy == null ? "" : format(copy), oldDefinition);
        continue;
      }
      double bound = timedBoundMicros(read, copy);
      out.printf(Locale.ROOT, "| %d | %d | %s | %s | %s | %s | %.2f | %s |%n", n, m, format(micros), format(read),
          format(copy), format(bound), micros / bound, oldDefinition);
    }
    out.println();
    out.println("Dense matrix product (square, C ← A·B): GFLOP/s and the share of the peak, OpenBLAS at 2048 with the"
        + " same thread count in this run");
    out.println();
    out.println("| kernel | threads | size | GFLOP/s (median) | range | share of peak | GFLOP per CPU second"
        + " | share of peak (CPU) |");
    out.println("|---|---|---|---|---|---|---|---|");
    Map<String, Double> peak = new TreeMap<>();
    Map<String, Double> cpuPeak = new TreeMap<>();
    for (JsonNode result : results) {
      if (result.path("benchmark").asText().equals(DGEMM)
          && result.path("params").path("kernel").asText().equals("openblas")
          && result.path("params").path("size").asInt() == 2048) {
        peak.put(result.path("params").path("threads").asText(),
            median(raw(result.path("secondaryMetrics").path("flops"))));
        cpuPeak.put(result.path("params").path("threads").asText(), medianCpuRate(result));
      }
    }
    for (JsonNode result : results) {
      if (!result.path("benchmark").asText().equals(DGEMM)) {
        continue;
      }
      double[] flops = raw(result.path("secondaryMetrics").path("flops"));
      String threads = result.path("params").path("threads").asText();
      Double top = peak.get(threads);
      Double cpuTop = cpuPeak.get(threads);
      double cpuRate = medianCpuRate(result);
      out.printf(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f–%.2f | %s | %.2f | %s |%n",
          result.path("params").path("kernel").asText(), threads, result.path("params").path("size").asInt(),
          median(flops) / 1e9, min(flops) / 1e9, max(flops) / 1e9,
          top == null ? "no OpenBLAS run at 2048" : String.format(Locale.ROOT, "%.0f%%", 100 * median(flops) / top),
          cpuRate, cpuTop == null || Double.isNaN(cpuTop) ? ""
              : String.format(Locale.ROOT, "%.0f%%", 100 * cpuRate / cpuTop));
    }
    out.println();
    out.println("MLP (width 256): median times, and each product and the operator's construction against the gradient");
    out.println();
    out.println("| depth | batch | loss (µs) | loss + gradient (µs) | build exact / gradient | exact HVP / gradient"
        + " | Gauss-Newton / gradient | forward difference / gradient | central difference / gradient |");
    out.println("|---|---|---|---|---|---|---|---|---|");
    Map<String, Map<String, Double>> mlp = new TreeMap<>();
    for (JsonNode result : results) {
      String name = result.path("benchmark").asText();
      if (!name.startsWith(MLP)) {
        continue;
      }
      String shape = String.format(Locale.ROOT, "%02d|%05d", result.path("params").path("depth").asInt(),
          result.path("params").path("batch").asInt());
      mlp.computeIfAbsent(shape, k -> new TreeMap<>()).put(name.substring(MLP.length()),
          toMicros(median(raw(result.path("primaryMetric"))), result.path("primaryMetric").path("scoreUnit").asText()));
    }
    for (Map.Entry<String, Map<String, Double>> shape : mlp.entrySet()) {
      Map<String, Double> t = shape.getValue();
      double g = t.getOrDefault("valueAndGradient", Double.NaN);
      String[] key = shape.getKey().split("\\|");
      out.printf(Locale.ROOT, "| %d | %d | %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", Integer.parseInt(key[0]),
          Integer.parseInt(key[1]), format(t.getOrDefault("value", Double.NaN)), format(g),
          t.getOrDefault("buildExactOperator", Double.NaN) / g, t.getOrDefault("exactProduct", Double.NaN) / g,
          t.getOrDefault("gaussNewtonProduct", Double.NaN) / g, t.getOrDefault("forwardDifferenceProduct", Double.NaN) / g,
          t.getOrDefault("centralDifferenceProduct", Double.NaN) / g);
    }
  }

  /**
   * The two-loop recursion's timed bound in µs: every stored pair vector read twice (2 × {@code readPairsMicros},
   * which reads each once) and the transformed vector read and written twice (2 × {@code copyMicros}).
   */
  public static double timedBoundMicros(double readPairsMicros, double copyMicros) {
    return 2 * readPairsMicros + 2 * copyMicros;
  }

  /**
   * The previous definition of the bound in µs, kept for comparison with older runs: (4m + 4)·8n bytes at
   * {@code bytesPerSecond}.
   */
  public static double boundMicros(int n, int m, double bytesPerSecond) {
    return (4.0 * m + 4) * 8 * n / bytesPerSecond * 1e6;
  }

  private static double toMicros(double value, String unit) {
    switch (unit) {
      case "ns/op":
        return value / 1e3;
      case "us/op":
        return value;
      case "ms/op":
        return value * 1e3;
      case "s/op":
        return value * 1e6;
      case "ops/s": // throughput (the copy): the median of rates inverts to the median of times
        return 1e6 / value;
      case "ops/ms":
        return 1e3 / value;
      case "ops/us":
        return 1 / value;
      default:
        throw new IllegalArgumentException("a benchmark scored in " + unit + "; expected a time or ops per time unit");
    }
  }

  /** The median over iterations of gflop / CPU seconds (DgemmBenchmark's CpuTime counters); NaN without them. */
  static double medianCpuRate(JsonNode result) {
    double[] gflop = raw(result.path("secondaryMetrics").path("gflop"));
    double[] nanos = raw(result.path("secondaryMetrics").path("cpuNanos"));
    if (gflop.length == 0 || gflop.length != nanos.length) {
      return Double.NaN;
    }
    double[] rate = new double[gflop.length];
    for (int i = 0; i < rate.length; i++) {
      rate[i] = gflop[i] / (nanos[i] * 1e-9);
    }
    return median(rate);
  }

  /** Every measured iteration's score, all forks together. */
  static double[] raw(JsonNode metric) {
    List<Double> values = new ArrayList<>();
    for (JsonNode fork : metric.path("rawData")) {
      for (JsonNode value : fork) {
        values.add(value.asDouble());
      }
    }
    double[] array = new double[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  /** The median; NaN for no values. */
  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }

  private static String shortName(JsonNode result) {
    String name = result.path("benchmark").asText();
    int method = name.lastIndexOf('.');
    int type = name.lastIndexOf('.', method - 1);
    return name.substring(type + 1);
  }

  private static String params(JsonNode result) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, JsonNode> param : result.path("params").properties()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(param.getKey()).append('=').append(param.getValue().asText());
    }
    return text.toString();
  }
}
