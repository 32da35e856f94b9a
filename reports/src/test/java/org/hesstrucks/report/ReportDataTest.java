package org.hesstrucks.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hesstrucks.report.TestCells.cell;
import static org.hesstrucks.report.TestCells.spec;
import static org.hesstrucks.report.TestCells.summary;
import static org.hesstrucks.report.TestCells.trace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportDataTest {
  private static final double NAN = Double.NaN;

  private static CellResult run(String optimizer, String problem, int batchSize, long seed, long[] iteration,
      double[] loss, double seconds) {
    double[] gradientNorm = new double[loss.length];
    for (int i = 0; i < loss.length; i++) {
      gradientNorm[i] = 2 * loss[i];
    }
    return cell("s", optimizer + "/" + problem + "/" + batchSize + "/" + seed, spec(optimizer, problem, batchSize, seed),
        CellStatus.BUDGET, "", summary(iteration[iteration.length - 1], loss[loss.length - 1], 0, seconds),
        trace(iteration, loss, gradientNorm, Map.of("stepLength", new double[] {seed, 2 * seed})));
  }

  private static ReportData data(List<CellResult> cells) {
    return new ReportData(Path.of("results"), "s", null, cells, List.of());
  }

  @Test
  @DisplayName("cells group by problem (with batch size when not full), then optimizer, in natural order")
  void grouping() {
    long[] it = {0, 10};
    ReportData data = data(List.of(
        run("lbfgs", "mlp depth=10", 0, 1, it, new double[] {1, 0.5}, 1),
        run("gd", "mlp depth=2", 64, 2, it, new double[] {1, 0.5}, 1),
        run("gd", "mlp depth=2", 64, 1, it, new double[] {1, 0.5}, 1),
        run("gd", "mlp depth=10", 0, 1, it, new double[] {1, 0.5}, 1),
        run("gd", "mlp depth=2", 0, 1, it, new double[] {1, 0.5}, 1)));

    List<ProblemGroup> problems = data.problems();

    assertEquals(List.of("mlp depth=2", "mlp depth=2, batch size 64", "mlp depth=10"),
        problems.stream().map(ProblemGroup::label).toList());
    assertEquals(List.of("gd", "lbfgs"), problems.get(2).groups().stream().map(CellGroup::optimizerLabel).toList());
    assertEquals(List.of(1L, 2L),
        problems.get(1).groups().get(0).cells().stream().map(c -> c.spec().seed()).toList());
    assertEquals(List.of("gd", "lbfgs"), data.optimizerLabels());
  }

  @Test
  @DisplayName("a group's convergence bands: median, min and max over seeds by hand")
  void convergenceOverSeeds() {
    ReportData data = data(List.of(
        run("gd", "q", 0, 1, new long[] {0, 10, 20}, new double[] {9, 3, 1}, 1),
        run("gd", "q", 0, 2, new long[] {0, 10, 20}, new double[] {7, NAN, 2}, 1),
        run("gd", "q", 0, 3, new long[] {0, 10}, new double[] {8, 4}, 1)));

    ConvergenceBands bands = data.problems().get(0).groups().get(0).convergence();

    assertArrayEquals(new long[] {0, 10, 20}, bands.iteration());
    assertArrayEquals(new double[] {8, 3.5, 1.5}, bands.loss().median());
    assertArrayEquals(new double[] {7, 3, 1}, bands.loss().min());
    assertArrayEquals(new double[] {9, 4, 2}, bands.loss().max());
    assertArrayEquals(new int[] {3, 2, 2}, bands.loss().seeds());
    assertArrayEquals(new double[] {16, 7, 3}, bands.gradientNorm().median());
    // cost columns: 2 gradient-equivalents per iteration in every seed
    assertArrayEquals(new double[] {0, 20, 40}, bands.gradientEquivalents().median());
    assertEquals(1, data.problems().get(0).bestLoss());
  }

  @Test
  @DisplayName("telemetry over seeds by iteration index")
  void telemetryOverSeeds() {
    ReportData data = data(List.of(
        run("gd", "q", 0, 1, new long[] {0}, new double[] {1}, 1),
        run("gd", "q", 0, 4, new long[] {0}, new double[] {1}, 1)));

    SeedBand band = data.problems().get(0).groups().get(0).telemetry("stepLength");

    // seed 1: {1, 2}; seed 4: {4, 8}
    assertArrayEquals(new double[] {2.5, 5}, band.median());
    assertArrayEquals(new double[] {1, 2}, band.min());
    assertArrayEquals(new double[] {4, 8}, band.max());
    assertEquals(0, data.problems().get(0).groups().get(0).telemetry("absent").size());
    assertEquals(List.of("stepLength"), List.copyOf(data.telemetryNames()));
  }

  @Test
  @DisplayName("status counts include zeros; total optimizer time skips cells without a summary")
  void totals() {
    long[] it = {0, 10};
    CellResult error = cell("s", "e", spec("gd", "q", 0, 9), CellStatus.ERROR, "boom", null, null);
    ReportData data = data(List.of(
        run("gd", "q", 0, 1, it, new double[] {1, 0.5}, 1.5),
        run("gd", "q", 0, 2, it, new double[] {1, 0.5}, 2.25),
        error));

    Map<CellStatus, Integer> counts = data.statusCounts();
    assertEquals(List.of(CellStatus.values()), List.copyOf(counts.keySet()));
    assertEquals(2, counts.get(CellStatus.BUDGET));
    assertEquals(1, counts.get(CellStatus.ERROR));
    assertEquals(0, counts.get(CellStatus.CONVERGED));
    assertEquals(3.75, data.totalOptimizerSeconds());
    assertEquals(List.of(error), data.troubledCells());
    assertEquals(Set.of("model:quadratic", "optimizer:gd"), data.pluginVersions().keySet());
  }
}
