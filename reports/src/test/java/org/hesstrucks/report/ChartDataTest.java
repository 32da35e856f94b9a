package org.hesstrucks.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChartDataTest {
  private static ChartData chartData(List<CellResult> cells) {
    ReportData data = new ReportData(Path.of("r"), "s", null, cells, List.of());
    return ChartData.of(data, data.problems(), data.optimizerLabels());
  }

  @Test
  @DisplayName("indices: optimizers by label order, a telemetry chart only for problems that recorded the name")
  void indices() {
    CellResult a = TestCells.simple("lbfgs", "p1", 1);
    CellResult b = TestCells.cell("s", "b", TestCells.spec("gd", "p2", 0, 1), CellStatus.BUDGET, "",
        TestCells.summary(2, 1, 1, 1),
        TestCells.trace(new long[] {0, 2}, new double[] {2, 1}, new double[] {2, 1},
            Map.of("custom.thing", new double[] {1, 2})));

    ChartData chart = chartData(List.of(a, b));

    assertEquals(List.of("gd", "lbfgs"), chart.optimizers().stream().map(ChartData.Optimizer::label).toList());
    assertEquals(1, chart.problems().get(0).groups().get(0).optimizer(), "p1 is lbfgs's");
    assertEquals(1, chart.telemetry().size());
    assertEquals("custom.thing", chart.telemetry().get(0).name());
    assertEquals(1, chart.telemetry().get(0).charts().size());
    assertEquals(1, chart.telemetry().get(0).charts().get(0).problem(), "p2");
    assertArrayEquals(new long[] {0, 1}, chart.telemetry().get(0).charts().get(0).groups().get(0).iteration());
  }

  @Test
  @DisplayName("a long telemetry series is binned to at most MAX_TELEMETRY_POINTS points")
  void longTelemetryIsBinned() {
    int steps = 2500;
    double[] values = new double[steps];
    for (int i = 0; i < steps; i++) {
      values[i] = i;
    }
    CellResult cell = TestCells.cell("s", "c", TestCells.spec("gd", "p", 0, 1), CellStatus.BUDGET, "",
        TestCells.summary(steps, 1, 1, 1),
        TestCells.trace(new long[] {0}, new double[] {1}, new double[] {1}, Map.of("x", values)));

    ChartData.TelemetryGroup group = chartData(List.of(cell)).telemetry().get(0).charts().get(0).groups().get(0);

    assertEquals(3, group.binSize());
    assertEquals(834, group.iteration().length);
    assertEquals(1, group.iteration()[0], "middle of 0, 1, 2");
    assertEquals(2499, group.iteration()[833], "the last bin holds 2499 alone");
    assertEquals(1, group.values().median()[0]);
    assertEquals(0, group.values().min()[0]);
    assertEquals(2, group.values().max()[0]);
  }

  @Test
  @DisplayName("a long checkpoint series is binned to at most MAX_CHECKPOINT_POINTS points")
  void longCheckpointsAreBinned() {
    long[] iteration = LongStream.range(0, 4500).toArray();
    double[] loss = new double[iteration.length];
    for (int i = 0; i < loss.length; i++) {
      loss[i] = 1000 - i;
    }
    CellResult cell = TestCells.cell("s", "c", TestCells.spec("gd", "p", 0, 1), CellStatus.BUDGET, "",
        TestCells.summary(4499, 1, 1, 1), TestCells.trace(iteration, loss, loss, Map.of()));

    ChartData.ConvergenceGroup group = chartData(List.of(cell)).problems().get(0).groups().get(0);

    assertEquals(3, group.binSize());
    assertEquals(1500, group.iteration().length);
    assertEquals(1, group.iteration()[0]);
    assertEquals(999, group.loss().median()[0]);
    assertEquals(998, group.loss().min()[0]);
    assertEquals(1000, group.loss().max()[0]);
  }
}
