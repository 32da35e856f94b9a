package org.hesstrucks.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellSpec;
import org.hesstrucks.result.CellStatus;

/**
 * What a report shows: a results folder's readable cells, in a stable order (problem, optimizer label, seed,
 * cell id), and what could not be read. The groupings and totals are computed from the cells on demand.
 *
 * @param resultsDir the folder the data came from
 * @param sweepName the sweep's name
 * @param sweepFile the sweep file's text as the user wrote it, or null when the folder has none
 * @param cells the readable cells; each has a spec and a status
 * @param unreadable the files in {@code cells/} that could not be read, by file name
 */
public record ReportData(
    Path resultsDir, String sweepName, String sweepFile, List<CellResult> cells, List<UnreadableFile> unreadable) {

  /** Problem, then optimizer label, then seed, then cell id. */
  private static final Comparator<CellResult> CELL_ORDER = Comparator
      .comparing((CellResult cell) -> problemLabel(cell.spec()), NaturalOrder.INSTANCE)
      .thenComparing(cell -> optimizerLabel(cell.spec()), NaturalOrder.INSTANCE)
      .thenComparingLong(cell -> cell.spec().seed())
      .thenComparing(cell -> String.valueOf(cell.cellId()));

  public ReportData {
    for (CellResult cell : cells) {
      if (cell.spec() == null || cell.status() == null) {
        throw new IllegalArgumentException("cell " + cell.cellId() + " has no spec or no status; list it as unreadable");
      }
    }
    List<CellResult> sorted = new ArrayList<>(cells);
    sorted.sort(CELL_ORDER);
    cells = List.copyOf(sorted);
    List<UnreadableFile> byName = new ArrayList<>(unreadable);
    byName.sort(Comparator.comparing(UnreadableFile::fileName));
    unreadable = List.copyOf(byName);
  }

  /** The label a cell's optimizer goes by in legends: its {@code optimizerLabel}, else its plugin id. */
  public static String optimizerLabel(CellSpec spec) {
    if (spec.optimizerLabel() != null && !spec.optimizerLabel().isBlank()) {
      return spec.optimizerLabel();
    }
    if (spec.optimizer() != null && spec.optimizer().hasNonNull("id")) {
      return spec.optimizer().get("id").asText();
    }
    return "(unnamed optimizer)";
  }

  /** The problem's label, with the batch size when it is not the full training set. */
  public static String problemLabel(CellSpec spec) {
    String label = spec.problemLabel();
    if (label == null || label.isBlank()) {
      label = spec.model() != null && spec.model().hasNonNull("id") ? spec.model().get("id").asText() : "(unnamed problem)";
    }
    return spec.fullBatch() ? label : label + ", batch size " + spec.batchSize();
  }

  /** True for a cell that tried a hyperparameter setting on the tuning seed ({@code tuningRole} "trial"). */
  public static boolean isTrial(CellResult cell) {
    return TRIAL.equals(cell.spec().tuningRole());
  }

  /** The tuning role of a trial cell. */
  public static final String TRIAL = "trial";

  /**
   * The cells the comparison draws: every cell but the tuning trials, which ran on the tuning seed only and
   * are shown in the overview's tuning tables instead.
   */
  public List<CellResult> comparisonCells() {
    List<CellResult> comparison = new ArrayList<>();
    for (CellResult cell : cells) {
      if (!isTrial(cell)) {
        comparison.add(cell);
      }
    }
    return comparison;
  }

  /** The cells grouped by problem, then by optimizer label; both in the cells' order; trials left out. */
  public List<ProblemGroup> problems() {
    Map<String, Map<String, List<CellResult>>> byProblem = new LinkedHashMap<>();
    for (CellResult cell : comparisonCells()) {
      byProblem
          .computeIfAbsent(problemLabel(cell.spec()), k -> new LinkedHashMap<>())
          .computeIfAbsent(optimizerLabel(cell.spec()), k -> new ArrayList<>())
          .add(cell);
    }
    List<ProblemGroup> problems = new ArrayList<>();
    byProblem.forEach((problem, byOptimizer) -> {
      List<CellGroup> groups = new ArrayList<>();
      byOptimizer.forEach((optimizer, groupCells) -> groups.add(new CellGroup(optimizer, groupCells)));
      problems.add(new ProblemGroup(problem, groups));
    });
    return problems;
  }

  /** Every optimizer label of the comparison (trials left out), in natural order; its position picks its colour. */
  public List<String> optimizerLabels() {
    SortedSet<String> labels = new TreeSet<>(NaturalOrder.INSTANCE);
    for (CellResult cell : comparisonCells()) {
      labels.add(optimizerLabel(cell.spec()));
    }
    return List.copyOf(labels);
  }

  /** How many cells ended with each status, every status present (zero included), in declaration order. */
  public Map<CellStatus, Integer> statusCounts() {
    Map<CellStatus, Integer> counts = new EnumMap<>(CellStatus.class);
    for (CellStatus status : CellStatus.values()) {
      counts.put(status, 0);
    }
    for (CellResult cell : cells) {
      counts.merge(cell.status(), 1, Integer::sum);
    }
    return counts;
  }

  /** The optimizer seconds of all cells (cells without a summary or with a non-finite time add nothing). */
  public double totalOptimizerSeconds() {
    double total = 0;
    for (CellResult cell : cells) {
      if (cell.summary() != null && Double.isFinite(cell.summary().optimizerSeconds())) {
        total += cell.summary().optimizerSeconds();
      }
    }
    return total;
  }

  /** Every telemetry name any cell recorded, in natural order. */
  public SortedSet<String> telemetryNames() {
    SortedSet<String> names = new TreeSet<>(NaturalOrder.INSTANCE);
    for (ProblemGroup problem : problems()) {
      names.addAll(problem.telemetryNames());
    }
    return names;
  }

  /** Every plugin ("kind:id") any cell used, with every version seen. */
  public SortedMap<String, SortedSet<String>> pluginVersions() {
    SortedMap<String, SortedSet<String>> versions = new TreeMap<>(NaturalOrder.INSTANCE);
    for (CellResult cell : cells) {
      if (cell.provenance() == null || cell.provenance().plugins() == null) {
        continue;
      }
      cell.provenance().plugins().forEach((plugin, version) -> {
        if (plugin != null) {
          versions.computeIfAbsent(plugin, k -> new TreeSet<>(NaturalOrder.INSTANCE)).add(String.valueOf(version));
        }
      });
    }
    return versions;
  }

  /** The cells that ended with {@code error} or {@code failed}, in the cells' order. */
  public List<CellResult> troubledCells() {
    List<CellResult> troubled = new ArrayList<>();
    for (CellResult cell : cells) {
      if (cell.status() == CellStatus.ERROR || cell.status() == CellStatus.FAILED) {
        troubled.add(cell);
      }
    }
    return troubled;
  }
}
