package org.hesstrucks.harness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares two JMH JSON result files ({@code -rf json}) benchmark by benchmark: for each benchmark and
 * parameter set, the old and new primary scores, their ratio (new / old), and whether the difference exceeds
 * the combined error (the sum of both {@code scoreError}s, JMH's 99.9% half-widths; an error JMH could not
 * compute, with one iteration, counts as 0). A benchmark is a significant slowdown when its difference
 * exceeds the combined error and it got slower by more than the threshold (default 10%): time per operation
 * up by that factor, or throughput down by it. Benchmarks in only one file are listed and not judged.
 *
 * <p>Exit status: 0 when nothing slowed down significantly, 1 when something did, 2 for bad input (an
 * unreadable file, a bad option, or the same benchmark with different units in the two files: scores are
 * never converted).
 *
 * <pre>
 * java -cp microbench/target/benchmarks.jar org.hesstrucks.bench.BenchCompare [--threshold 0.1] OLD.json NEW.json
 * </pre>
 */
public final class BenchCompare {
  /** The slowdown tolerated before a significant difference fails the comparison: 10%. */
  public static final double DEFAULT_THRESHOLD = 0.10;

  /** Exit status: no significant slowdown. */
  public static final int OK = 0;
  /** Exit status: a significant slowdown beyond the threshold. */
  public static final int SLOWER = 1;
  /** Exit status: bad input. */
  public static final int BAD_INPUT = 2;

  private static final String USAGE = "usage: bench-compare [--threshold FRACTION] OLD.json NEW.json";

  private BenchCompare() {}

  /** Runs the comparison and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the comparison, printing the table to {@code out} and problems to {@code err}.
   *
   * @return {@link #OK}, {@link #SLOWER} or {@link #BAD_INPUT}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    double threshold = DEFAULT_THRESHOLD;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--threshold")) {
        if (i + 1 == args.length) {
          err.println("bench-compare: --threshold needs a value; " + USAGE);
          return BAD_INPUT;
        }
        String text = args[++i];
        try {
          threshold = Double.parseDouble(text);
        } catch (NumberFormatException e) {
          threshold = Double.NaN;
        }
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
          err.println("bench-compare: --threshold: expected a fraction ≥ 0 such as 0.1, got '" + text + "'");
          return BAD_INPUT;
        }
      } else {
        files.add(args[i]);
      }
    }
    if (files.size() != 2) {
      err.println("bench-compare: expected two JMH JSON files, got " + files.size() + "; " + USAGE);
      return BAD_INPUT;
    }
    Map<String, Score> oldScores;
    Map<String, Score> newScores;
    try {
      oldScores = read(Path.of(files.get(0)));
      newScores = read(Path.of(files.get(1)));
    } catch (IOException | IllegalArgumentException e) {
      err.println("bench-compare: " + e.getMessage());
      return BAD_INPUT;
    }
    List<Row> rows;
    try {
      rows = compare(oldScores, newScores, threshold, files.get(0), files.get(1));
    } catch (IllegalArgumentException e) {
      err.println("bench-compare: " + e.getMessage());
      return BAD_INPUT;
    }
    int status = OK;
    int slower = 0;
    int oneFileOnly = 0;
    for (Row row : rows) {
      out.println(row.format());
      if (row.before() == null || row.after() == null) {
        oneFileOnly++;
      }
      if (row.verdict() == Verdict.SLOWER) {
        status = SLOWER;
        slower++;
      }
    }
    out.printf(Locale.ROOT, "%d compared, %d in one file only, %d significantly slower beyond %.0f%%%n",
        rows.size() - oneFileOnly, oneFileOnly, slower, threshold * 100);
    return status;
  }

  /** How one benchmark compares. */
  public enum Verdict {
    /** Slower beyond the threshold and beyond the combined error. */
    SLOWER("SLOWER"),
    /** Faster beyond the threshold and beyond the combined error. */
    FASTER("faster"),
    /** A difference beyond the combined error but within the threshold. */
    SMALL("within threshold"),
    /** A difference within the combined error: noise. */
    NOISE("within error"),
    /** Only in the old file. */
    ONLY_OLD("only in old"),
    /** Only in the new file. */
    ONLY_NEW("only in new");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    /** How the table prints it. */
    public String label() {
      return label;
    }
  }

  /**
   * One benchmark's primary score.
   *
   * @param key the benchmark's name, mode and parameters, e.g. {@code a.B.m [n=1000] avgt}
   * @param mode JMH's mode: {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
   * @param score the primary score
   * @param error its error (0 when JMH gave none)
   * @param unit e.g. {@code ns/op}
   */
  public record Score(String key, String mode, double score, double error, String unit) {
    /** True when a higher score is better (throughput); time modes are better lower. */
    public boolean higherIsBetter() {
      return mode.equals("thrpt");
    }
  }

  /**
   * One line of the comparison.
   *
   * @param key the benchmark and its parameters
   * @param before the old score, or null
   * @param after the new score, or null
   * @param ratio new / old, NaN when either is missing
   * @param significant true when |new − old| exceeds the combined error
   * @param verdict the judgement
   */
  public record Row(String key, Score before, Score after, double ratio, boolean significant, Verdict verdict) {
    /** The printed line: name, old, new, ratio, verdict. */
    public String format() {
      if (before == null || after == null) {
        Score only = before == null ? after : before;
        return String.format(Locale.ROOT, "%-70s %s %s  %s", key, formatScore(only), only.unit(), verdict.label());
      }
      return String.format(Locale.ROOT, "%-70s old %s  new %s %s  ratio %.3f  %s", key, formatScore(before),
          formatScore(after), after.unit(), ratio, verdict.label());
    }

    private static String formatScore(Score s) {
      return String.format(Locale.ROOT, "%.4g ± %.2g", s.score(), s.error());
    }
  }

  /**
   * Compares the scores of two files (keyed as {@link #read} keys them).
   *
   * @throws IllegalArgumentException naming the benchmark and both units when a benchmark has different
   *     units in the two files
   */
  public static List<Row> compare(Map<String, Score> oldScores, Map<String, Score> newScores, double threshold,
      String oldLabel, String newLabel) {
    Map<String, Row> rows = new TreeMap<>();
    for (Score before : oldScores.values()) {
      Score after = newScores.get(before.key());
      if (after == null) {
        rows.put(before.key(), new Row(before.key(), before, null, Double.NaN, false, Verdict.ONLY_OLD));
        continue;
      }
      if (!before.unit().equals(after.unit())) {
        throw new IllegalArgumentException(before.key() + ": different units, " + before.unit() + " in " + oldLabel
            + " and " + after.unit() + " in " + newLabel + "; rerun with the same -tu");
      }
      double ratio = after.score() / before.score();
      boolean significant = Math.abs(after.score() - before.score()) > before.error() + after.error();
      double slowdown = before.higherIsBetter() ? before.score() / after.score() : ratio;
      Verdict verdict;
      if (!significant) {
        verdict = Verdict.NOISE;
      } else if (slowdown > 1 + threshold) {
        verdict = Verdict.SLOWER;
      } else if (slowdown < 1 / (1 + threshold)) {
        verdict = Verdict.FASTER;
      } else {
        verdict = Verdict.SMALL;
      }
      rows.put(before.key(), new Row(before.key(), before, after, ratio, significant, verdict));
    }
    for (Score after : newScores.values()) {
      if (!oldScores.containsKey(after.key())) {
        rows.put(after.key(), new Row(after.key(), null, after, Double.NaN, false, Verdict.ONLY_NEW));
      }
    }
    return new ArrayList<>(rows.values());
  }

  /**
   * Reads a JMH JSON result file into primary scores keyed by benchmark, parameters (sorted by name) and mode.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the file when it is not a JMH JSON array of results
   */
  public static Map<String, Score> read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": cannot read a JMH JSON file: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JMH JSON array of results (-rf json)");
    }
    Map<String, Score> scores = new LinkedHashMap<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode entry = root.get(i);
      JsonNode metric = entry.path("primaryMetric");
      if (!entry.path("benchmark").isTextual() || !entry.path("mode").isTextual() || !metric.path("score").isNumber()
          || !metric.path("scoreUnit").isTextual()) {
        throw new IllegalArgumentException(file + ": $[" + i + "]: expected benchmark, mode and primaryMetric"
            + " with score and scoreUnit");
      }
      Map<String, String> params = new TreeMap<>();
      for (Map.Entry<String, JsonNode> field : entry.path("params").properties()) {
        params.put(field.getKey(), field.getValue().asText());
      }
      StringBuilder key = new StringBuilder(entry.get("benchmark").asText());
      if (!params.isEmpty()) {
        key.append(' ').append(params.toString().replace('{', '[').replace('}', ']').replace(", ", ","));
      }
      String mode = entry.get("mode").asText();
      key.append(' ').append(mode);
      JsonNode error = metric.path("scoreError");
      double errorValue = error.isNumber() && Double.isFinite(error.asDouble()) ? Math.abs(error.asDouble()) : 0;
      Score score = new Score(key.toString(), mode, metric.get("score").asDouble(), errorValue,
          metric.get("scoreUnit").asText());
      if (scores.put(score.key(), score) != null) {
        throw new IllegalArgumentException(file + ": " + score.key() + " appears twice");
      }
    }
    return scores;
  }
}
