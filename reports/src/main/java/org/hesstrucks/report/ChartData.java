package org.hesstrucks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.ProbeRecord;
import org.hesstrucks.result.Trace;

/**
 * What the page's script draws, embedded as JSON ({@link HtmlSafeJson}). Indices point into
 * {@code optimizers} and {@code problems}; the page's chart containers carry the same indices. Long series are
 * downsampled for drawing ({@link Downsample}); the result files keep every point.
 *
 * @param optimizers every optimizer label with its colour, in {@link ReportData#optimizerLabels} order
 * @param problems the convergence data of each problem, in {@link ReportData#problems} order
 * @param telemetry one entry per telemetry name, with one chart per problem that recorded it
 * @param rankings the performance and data profiles
 * @param grids the depth × batch-size grids (empty: one panel per problem)
 * @param probes one chart per (probe, value name, problem)
 * @param jmh the microbenchmark results, or null without {@code --jmh}
 * @param eigenspaces the eigenspace section's charts ({@link Eigenspaces}), in the order the page lists them
 */
record ChartData(List<Optimizer> optimizers, List<Problem> problems, List<Telemetry> telemetry, RankingData rankings,
    List<Grids.Grid> grids, List<ProbeChart> probes, JmhResults jmh, List<Eigenspaces.Chart> eigenspaces) {

  record Optimizer(String label, String color) {}

  /**
   * {@code bestLoss}: the least loss seen on the problem (null when none is finite); {@code heldOut}: the
   * held-out metric names any cell on it recorded.
   */
  record Problem(String label, double bestLoss, List<String> heldOut, List<ConvergenceGroup> groups) {}

  /**
   * One optimizer label's seeds on one problem, reduced checkpoint by checkpoint. {@code points}: how many
   * checkpoints there are (more than drawn when downsampled); {@code loss}: the training loss minus the
   * problem's {@code bestLoss} (when finite), so the gap to the best keeps its digits after rounding; {@code count}: seeds per point, null when every
   * seed has every point.
   */
  record ConvergenceGroup(
      int optimizer,
      int seeds,
      int points,
      long[] iteration,
      double[] gradientEquivalents,
      double[] epochs,
      double[] seconds,
      Band loss,
      Band gradientNorm,
      Map<String, Band> heldOut,
      int[] count,
      Stats stats) {}

  /**
   * The group's medians over seeds: final loss, final held-out accuracy, and cost to target
   * {@code [measure][tau]} ({@link Rankings#MEASURES}, {@link Profiles#TAUS}; +∞, null in JSON, when the median
   * seed did not reach it).
   */
  record Stats(double finalLoss, double accuracy, double[][] costToTarget) {}

  /** The median at each point, with the range over seeds (null when there is one seed). */
  record Band(double[] median, double[] min, double[] max) {
    static Band of(SeedBand band, int[] indices, boolean oneSeed) {
      return of(band, indices, oneSeed, 0);
    }

    /** The band minus {@code offset} (then rounded), so values close to the offset keep their digits. */
    static Band of(SeedBand band, int[] indices, boolean oneSeed, double offset) {
      return new Band(Downsample.pick(shift(band.median(), offset), indices),
          oneSeed ? null : Downsample.pick(shift(band.min(), offset), indices),
          oneSeed ? null : Downsample.pick(shift(band.max(), offset), indices));
    }

    private static double[] shift(double[] values, double offset) {
      if (offset == 0 || !Double.isFinite(offset)) {
        return values;
      }
      double[] shifted = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        shifted[i] = values[i] - offset;
      }
      return shifted;
    }
  }

  record Telemetry(String name, List<TelemetryChart> charts) {}

  record TelemetryChart(int problem, List<TelemetryGroup> groups) {}

  /** {@code iteration}: the iteration of each drawn point; {@code points}: how many iterations there are. */
  record TelemetryGroup(int optimizer, int seeds, int points, long[] iteration, Band values, int[] count) {}

  /**
   * Profiles: {@code performance[measure][tau][solver]} the solver's finite performance ratios, ascending, and
   * {@code data[measure][tau][solver]} its finite costs to target, ascending; each step adds
   * {@code 1 / problems}.
   */
  record RankingData(List<String> measures, double[] taus, int problems, int degenerate,
      double[][][][] performance, double[][][][] data) {}

  /** A probe's value over the checkpoints of one problem's cells. */
  record ProbeChart(String probe, String value, int problem, List<ProbeSeries> series) {}

  /** One cell's probe value ({@code component} -1) or one component of an array value. */
  record ProbeSeries(int optimizer, long seed, int component, long[] iteration, double[] values) {}

  /** At most this many components of an array-valued probe are drawn. */
  static final int MAX_PROBE_COMPONENTS = 20;

  static ChartData of(ReportData data, List<ProblemGroup> problems, List<String> optimizerLabels) {
    return of(data, problems, optimizerLabels, Rankings.of(data.comparisonCells(), optimizerLabels), null);
  }

  static ChartData of(ReportData data, List<ProblemGroup> problems, List<String> optimizerLabels, Rankings rankings,
      JmhResults jmh) {
    return of(data, problems, optimizerLabels, rankings, jmh, Eigenspaces.of(data, problems, optimizerLabels));
  }

  static ChartData of(ReportData data, List<ProblemGroup> problems, List<String> optimizerLabels, Rankings rankings,
      JmhResults jmh, Eigenspaces.Result eigenspaces) {
    List<Optimizer> optimizers = new ArrayList<>();
    for (int i = 0; i < optimizerLabels.size(); i++) {
      optimizers.add(new Optimizer(optimizerLabels.get(i), Palette.color(i)));
    }

    int maxPoints = maxPoints(problems);
    List<Problem> problemData = new ArrayList<>();
    for (ProblemGroup problem : problems) {
      double bestLoss = problem.bestLoss();
      List<ConvergenceGroup> groups = new ArrayList<>();
      java.util.SortedSet<String> heldOutNames = new java.util.TreeSet<>(NaturalOrder.INSTANCE);
      for (CellGroup group : problem.groups()) {
        ConvergenceBands bands = group.convergence();
        heldOutNames.addAll(bands.heldOut().keySet());
        List<double[]> shape = new ArrayList<>();
        shape.add(bands.loss().median());
        shape.add(bands.gradientNorm().median());
        bands.heldOut().values().forEach(band -> shape.add(band.median()));
        int[] picked = Downsample.indices(bands.iteration().length, Math.max(maxPoints, 2 + 2 * shape.size()),
            shape.toArray(double[][]::new));
        boolean oneSeed = group.traces().size() <= 1;
        Map<String, Band> heldOut = new LinkedHashMap<>();
        bands.heldOut().forEach((name, band) -> heldOut.put(name, Band.of(band, picked, oneSeed)));
        groups.add(new ConvergenceGroup(
            optimizerLabels.indexOf(group.optimizerLabel()),
            group.traces().size(),
            bands.iteration().length,
            Downsample.pick(bands.iteration(), picked),
            Downsample.pick(bands.gradientEquivalents().median(), picked),
            Downsample.pick(bands.epochs().median(), picked),
            Downsample.pick(bands.seconds().median(), picked),
            Band.of(bands.loss(), picked, oneSeed, bestLoss),
            Band.of(bands.gradientNorm(), picked, oneSeed),
            heldOut,
            oneSeed ? null : Downsample.pick(bands.loss().seeds(), picked, group.traces().size()),
            stats(group, rankings)));
      }
      problemData.add(new Problem(problem.label(), bestLoss, List.copyOf(heldOutNames), groups));
    }

    List<Telemetry> telemetry = new ArrayList<>();
    for (String name : data.telemetryNames()) {
      List<TelemetryChart> charts = new ArrayList<>();
      for (int p = 0; p < problems.size(); p++) {
        ProblemGroup problem = problems.get(p);
        if (!problem.telemetryNames().contains(name)) {
          continue;
        }
        List<TelemetryGroup> groups = new ArrayList<>();
        for (CellGroup group : problem.groups()) {
          int seeds = recorded(group, name);
          if (seeds > 0) {
            SeedBand full = group.telemetry(name);
            int[] picked = Downsample.indices(full.size(), maxPoints, full.median());
            long[] iteration = new long[picked.length];
            for (int i = 0; i < picked.length; i++) {
              iteration[i] = picked[i];
            }
            groups.add(new TelemetryGroup(optimizerLabels.indexOf(group.optimizerLabel()), seeds, full.size(),
                iteration, Band.of(full, picked, seeds <= 1), seeds <= 1 ? null : Downsample.pick(full.seeds(), picked, seeds)));
          }
        }
        charts.add(new TelemetryChart(p, groups));
      }
      telemetry.add(new Telemetry(name, charts));
    }
    return new ChartData(optimizers, problemData, telemetry, rankingData(rankings, optimizerLabels.size()),
        Grids.of(data.comparisonCells(), problems), probes(problems, optimizerLabels), jmh, eigenspaces.charts());
  }

  /** The numbers the convergence and telemetry series of a page may hold before they get fewer points. */
  static final long NUMBER_BUDGET = 600_000;
  /** However large the sweep, a series keeps at least this many points. */
  static final int MIN_POINTS = 100;

  /**
   * The most points a series of this page draws: {@link Downsample#MAX_POINTS}, or fewer (not below
   * {@link #MIN_POINTS}) when the page's series would otherwise hold more than {@link #NUMBER_BUDGET} numbers, so a
   * large sweep still makes a page that opens quickly.
   */
  static int maxPoints(List<ProblemGroup> problems) {
    long numbers = 0;
    for (ProblemGroup problem : problems) {
      for (CellGroup group : problem.groups()) {
        int checkpoints = 0;
        java.util.Set<String> heldOut = new java.util.HashSet<>();
        Map<String, Integer> telemetry = new LinkedHashMap<>();
        for (Trace trace : group.traces()) {
          checkpoints = Math.max(checkpoints, trace.iteration() == null ? 0 : trace.iteration().length);
          if (trace.heldOut() != null) {
            heldOut.addAll(trace.heldOut().keySet());
          }
          if (trace.telemetry() != null) {
            trace.telemetry().forEach((name, column) ->
                telemetry.merge(name, column == null ? 0 : column.length, Math::max));
          }
        }
        int perValue = group.traces().size() > 1 ? 3 : 1;
        numbers += (long) Math.min(checkpoints, Downsample.MAX_POINTS) * (4 + perValue * (2 + heldOut.size()));
        for (int steps : telemetry.values()) {
          numbers += (long) Math.min(steps, Downsample.MAX_POINTS) * (1 + perValue);
        }
      }
    }
    if (numbers <= NUMBER_BUDGET) {
      return Downsample.MAX_POINTS;
    }
    return (int) Math.max(MIN_POINTS, Downsample.MAX_POINTS * NUMBER_BUDGET / numbers);
  }

  private static Stats stats(CellGroup group, Rankings rankings) {
    List<Double> finalLoss = new ArrayList<>();
    List<Double> accuracy = new ArrayList<>();
    for (CellResult cell : group.cells()) {
      if (cell.summary() != null) {
        finalLoss.add(cell.summary().finalLoss());
      }
      accuracy.add(finalHeldOut(cell.trace(), "accuracy"));
    }
    double[][] cost = new double[Rankings.MEASURES.size()][Profiles.TAUS.length];
    for (int m = 0; m < cost.length; m++) {
      for (int t = 0; t < Profiles.TAUS.length; t++) {
        List<Double> costs = new ArrayList<>();
        for (CellResult cell : group.cells()) {
          costs.add(rankings.costToTarget(cell, m, Profiles.TAUS[t]));
        }
        cost[m][t] = median(costs);
      }
    }
    return new Stats(median(finalLoss), median(accuracy), cost);
  }

  /** The median of the non-NaN values (+∞ counts, as a run that never got there); NaN for none. */
  static double median(List<Double> values) {
    double[] present = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).sorted().toArray();
    int n = present.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? present[n / 2] : present[n / 2 - 1] / 2 + present[n / 2] / 2;
  }

  /** The last finite entry of a held-out column; NaN when there is none. */
  static double finalHeldOut(Trace trace, String name) {
    if (trace == null || trace.heldOut() == null || trace.heldOut().get(name) == null) {
      return Double.NaN;
    }
    double[] column = trace.heldOut().get(name);
    for (int i = column.length - 1; i >= 0; i--) {
      if (Double.isFinite(column[i])) {
        return column[i];
      }
    }
    return Double.NaN;
  }

  private static RankingData rankingData(Rankings rankings, int solvers) {
    int measures = Rankings.MEASURES.size();
    double[][][][] performance = new double[measures][Profiles.TAUS.length][solvers][];
    double[][][][] dataProfiles = new double[measures][Profiles.TAUS.length][solvers][];
    for (int m = 0; m < measures; m++) {
      for (int t = 0; t < Profiles.TAUS.length; t++) {
        double[][] costs = rankings.costs(m, Profiles.TAUS[t]);
        double[][] ratios = Profiles.ratios(costs);
        for (int s = 0; s < solvers; s++) {
          performance[m][t][s] = round(Profiles.steps(ratios, s));
          dataProfiles[m][t][s] = round(Profiles.steps(costs, s));
        }
      }
    }
    return new RankingData(Rankings.MEASURES, Profiles.TAUS.clone(), rankings.problems().size(), rankings.degenerate(),
        performance, dataProfiles);
  }

  private static double[] round(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Downsample.round(values[i]);
    }
    return out;
  }

  /**
   * Every numeric value (a number, or an array of numbers) of the probes the eigenspace section does not draw
   * ({@link Eigenspaces#PROBES}), by (probe, name), one chart per problem.
   */
  private static List<ProbeChart> probes(List<ProblemGroup> problems, List<String> optimizerLabels) {
    // (probe, value) -> problem -> series
    SortedMap<String, SortedMap<String, Map<Integer, List<ProbeSeries>>>> byProbe = new TreeMap<>(NaturalOrder.INSTANCE);
    for (int p = 0; p < problems.size(); p++) {
      for (CellGroup group : problems.get(p).groups()) {
        int optimizer = optimizerLabels.indexOf(group.optimizerLabel());
        for (CellResult cell : group.cells()) {
          if (cell.probes() == null) {
            continue;
          }
          // (probe, value) -> component -> (iterations, values)
          Map<String, Map<String, Map<Integer, List<double[]>>>> points = new LinkedHashMap<>();
          for (ProbeRecord record : cell.probes()) {
            if (record == null || record.probe() == null || record.values() == null
                || Eigenspaces.PROBES.contains(record.probe())) {
              continue;
            }
            record.values().forEach((name, value) -> {
              if (name == null) {
                return;
              }
              Map<Integer, List<double[]>> components = points
                  .computeIfAbsent(record.probe(), k -> new LinkedHashMap<>())
                  .computeIfAbsent(name, k -> new TreeMap<>());
              if (value instanceof Number number) {
                components.computeIfAbsent(-1, k -> new ArrayList<>())
                    .add(new double[] {record.iteration(), number.doubleValue()});
              } else if (value instanceof List<?> list) {
                for (int c = 0; c < Math.min(list.size(), MAX_PROBE_COMPONENTS); c++) {
                  if (list.get(c) instanceof Number number) {
                    components.computeIfAbsent(c, k -> new ArrayList<>())
                        .add(new double[] {record.iteration(), number.doubleValue()});
                  }
                }
              }
            });
          }
          int problem = p;
          points.forEach((probe, values) -> values.forEach((name, components) -> components.forEach((c, xy) -> {
            long[] iteration = new long[xy.size()];
            double[] y = new double[xy.size()];
            for (int i = 0; i < xy.size(); i++) {
              iteration[i] = (long) xy.get(i)[0];
              y[i] = xy.get(i)[1];
            }
            int[] picked = Downsample.indices(y.length, Downsample.MAX_POINTS, y);
            byProbe.computeIfAbsent(probe, k -> new TreeMap<>(NaturalOrder.INSTANCE))
                .computeIfAbsent(name, k -> new TreeMap<>())
                .computeIfAbsent(problem, k -> new ArrayList<>())
                .add(new ProbeSeries(optimizer, cell.spec().seed(), c, Downsample.pick(iteration, picked),
                    Downsample.pick(y, picked)));
          })));
        }
      }
    }
    List<ProbeChart> charts = new ArrayList<>();
    byProbe.forEach((probe, values) -> values.forEach((name, byProblem) -> byProblem.forEach((problem, series) ->
        charts.add(new ProbeChart(probe, name, problem, series)))));
    return charts;
  }

  private static int recorded(CellGroup group, String name) {
    int seeds = 0;
    for (CellResult cell : group.cells()) {
      if (cell.trace() != null && cell.trace().telemetry() != null && cell.trace().telemetry().get(name) != null) {
        seeds++;
      }
    }
    return seeds;
  }
}
