package org.hesstrucks.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.Trace;

/**
 * The ranking problems of a sweep and every cell's cost to target. A problem is one (problem label with its
 * batch size, seed): one dataset, model, depth, batch size and seed. Its {@code f_0} is the initial loss (the
 * greatest one recorded when the cells on it differ) and {@code f_L} the least finite loss any cell on it
 * reached at a checkpoint. A problem with {@code f_0 <= f_L} has nothing to solve and is left out of the
 * profiles ({@link #degenerate}).
 */
final class Rankings {
  /** The cost measures, by trace column: gradient-equivalents and optimizer seconds. */
  static final List<String> MEASURES = List.of("gradientEquivalents", "seconds");

  /** A problem: its label (with batch size) and the seed. */
  record Key(String problem, long seed) {}

  private final List<String> solvers;
  private final Map<Key, double[]> bounds = new LinkedHashMap<>();
  private final Map<Key, Map<Integer, CellResult>> runs = new LinkedHashMap<>();

  private Rankings(List<String> solvers) {
    this.solvers = solvers;
  }

  /**
   * @param cells the comparison cells (no trials)
   * @param solvers the optimizer labels; a solver's index is its position
   */
  static Rankings of(List<CellResult> cells, List<String> solvers) {
    Rankings rankings = new Rankings(solvers);
    for (CellResult cell : cells) {
      Key key = key(cell);
      double[] bound = rankings.bounds.computeIfAbsent(key, k -> new double[] {Double.NaN, Double.NaN});
      Trace trace = cell.trace();
      if (trace != null && trace.loss() != null) {
        double[] loss = trace.loss();
        if (loss.length > 0 && Double.isFinite(loss[0]) && !(loss[0] <= bound[0])) {
          bound[0] = loss[0];
        }
        for (double value : loss) {
          if (Double.isFinite(value) && !(value >= bound[1])) {
            bound[1] = value;
          }
        }
      }
      rankings.runs.computeIfAbsent(key, k -> new LinkedHashMap<>())
          .putIfAbsent(solvers.indexOf(ReportData.optimizerLabel(cell.spec())), cell);
    }
    return rankings;
  }

  static Key key(CellResult cell) {
    return new Key(ReportData.problemLabel(cell.spec()), cell.spec().seed());
  }

  /** The problems the profiles count (not degenerate), in the cells' order. */
  List<Key> problems() {
    List<Key> problems = new ArrayList<>();
    bounds.forEach((key, bound) -> {
      if (bound[0] > bound[1]) {
        problems.add(key);
      }
    });
    return problems;
  }

  /** How many problems have no finite loss or nothing to solve ({@code f_0 <= f_L}). */
  int degenerate() {
    return bounds.size() - problems().size();
  }

  /**
   * The cell's cost in {@code measure} ({@link #MEASURES} index) to the target of its problem at {@code tau}:
   * {@code +∞} when it never reached it; NaN when the cell has no trace or its problem no finite loss.
   */
  double costToTarget(CellResult cell, int measure, double tau) {
    double[] bound = bounds.get(key(cell));
    Trace trace = cell.trace();
    if (bound == null || trace == null || !Double.isFinite(bound[0]) || !Double.isFinite(bound[1])) {
      return Double.NaN;
    }
    double[] cost = measure == 0 ? trace.gradientEquivalents() : trace.seconds();
    if (cost == null) {
      return Double.NaN;
    }
    return Profiles.costToTarget(trace.loss(), cost, Profiles.target(bound[0], bound[1], tau));
  }

  /** {@code cost[problem][solver]} over {@link #problems}; {@code +∞} for a solver without a cell or a reach. */
  double[][] costs(int measure, double tau) {
    List<Key> problems = problems();
    double[][] costs = new double[problems.size()][solvers.size()];
    for (int p = 0; p < problems.size(); p++) {
      Arrays.fill(costs[p], Double.POSITIVE_INFINITY);
      for (Map.Entry<Integer, CellResult> run : runs.get(problems.get(p)).entrySet()) {
        if (run.getKey() >= 0) {
          double cost = costToTarget(run.getValue(), measure, tau);
          costs[p][run.getKey()] = Double.isNaN(cost) ? Double.POSITIVE_INFINITY : cost;
        }
      }
    }
    return costs;
  }
}
