package org.hesstrucks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.hesstrucks.result.CellResult;

/**
 * What the page's script draws, embedded as JSON ({@link HtmlSafeJson}). Indices point into
 * {@code optimizers} and {@code problems}; the page's chart containers carry the same indices.
 *
 * @param optimizers every optimizer label with its colour, in {@link ReportData#optimizerLabels} order
 * @param problems the convergence data of each problem, in {@link ReportData#problems} order
 * @param telemetry one entry per telemetry name, with one chart per problem that recorded it
 */
record ChartData(List<Optimizer> optimizers, List<Problem> problems, List<Telemetry> telemetry) {

  record Optimizer(String label, String color) {}

  /** {@code bestLoss}: the least loss seen on the problem (null when none is finite). */
  record Problem(String label, double bestLoss, List<ConvergenceGroup> groups) {}

  /** One optimizer label's seeds on one problem, reduced checkpoint by checkpoint. */
  /** {@code binSize}: how many checkpoints each point merges (1 when drawn point by point). */
  record ConvergenceGroup(
      int optimizer,
      int seeds,
      int binSize,
      long[] iteration,
      double[] gradientEquivalents,
      double[] epochs,
      double[] seconds,
      Band loss,
      Band gradientNorm,
      int[] count) {}

  record Band(double[] median, double[] min, double[] max) {
    static Band of(SeedBand band) {
      return new Band(band.median(), band.min(), band.max());
    }
  }

  record Telemetry(String name, List<TelemetryChart> charts) {}

  record TelemetryChart(int problem, List<TelemetryGroup> groups) {}

  /**
   * {@code iteration}: the iteration of each point; {@code binSize}: how many iterations each point merges (1
   * when drawn point by point).
   */
  record TelemetryGroup(int optimizer, int seeds, int binSize, long[] iteration, Band values, int[] count) {}

  /** Longer checkpoint series are merged into bins ({@link SeedBand#binned}) to keep the page small. */
  static final int MAX_CHECKPOINT_POINTS = 2000;
  /** Longer telemetry series (one entry per iteration) are merged into bins. */
  static final int MAX_TELEMETRY_POINTS = 1000;

  static ChartData of(ReportData data, List<ProblemGroup> problems, List<String> optimizerLabels) {
    List<Optimizer> optimizers = new ArrayList<>();
    for (int i = 0; i < optimizerLabels.size(); i++) {
      optimizers.add(new Optimizer(optimizerLabels.get(i), Palette.color(i)));
    }

    List<Problem> problemData = new ArrayList<>();
    for (ProblemGroup problem : problems) {
      List<ConvergenceGroup> groups = new ArrayList<>();
      for (CellGroup group : problem.groups()) {
        ConvergenceBands full = group.convergence();
        ConvergenceBands bands = full.binned(MAX_CHECKPOINT_POINTS);
        groups.add(new ConvergenceGroup(
            optimizerLabels.indexOf(group.optimizerLabel()),
            group.traces().size(),
            full.binSize(MAX_CHECKPOINT_POINTS),
            bands.iteration(),
            bands.gradientEquivalents().median(),
            bands.epochs().median(),
            bands.seconds().median(),
            Band.of(bands.loss()),
            Band.of(bands.gradientNorm()),
            bands.loss().seeds()));
      }
      problemData.add(new Problem(problem.label(), problem.bestLoss(), groups));
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
            int binSize = SeedBand.binSizeFor(full.size(), MAX_TELEMETRY_POINTS);
            SeedBand band = full.binned(binSize);
            long[] iteration = SeedBand.binnedKeys(LongStream.range(0, full.size()).toArray(), binSize);
            groups.add(new TelemetryGroup(optimizerLabels.indexOf(group.optimizerLabel()), seeds, binSize, iteration,
                Band.of(band), band.seeds()));
          }
        }
        charts.add(new TelemetryChart(p, groups));
      }
      telemetry.add(new Telemetry(name, charts));
    }
    return new ChartData(optimizers, problemData, telemetry);
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
