package org.hesstrucks.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  @DisplayName("a long telemetry series is downsampled to at most MAX_POINTS points, first, last and a spike kept")
  void longTelemetryIsDownsampled() {
    int steps = 2500;
    double[] values = new double[steps];
    for (int i = 0; i < steps; i++) {
      values[i] = i % 2;
    }
    values[1234] = 100;
    values[777] = -50;
    CellResult cell = TestCells.cell("s", "c", TestCells.spec("gd", "p", 0, 1), CellStatus.BUDGET, "",
        TestCells.summary(steps, 1, 1, 1),
        TestCells.trace(new long[] {0}, new double[] {1}, new double[] {1}, Map.of("x", values)));

    ChartData.TelemetryGroup group = chartData(List.of(cell)).telemetry().get(0).charts().get(0).groups().get(0);

    assertEquals(steps, group.points());
    assertTrue(group.iteration().length <= Downsample.MAX_POINTS, "drawn " + group.iteration().length);
    assertEquals(0, group.iteration()[0]);
    assertEquals(2499, group.iteration()[group.iteration().length - 1]);
    List<Long> iterations = LongStream.of(group.iteration()).boxed().toList();
    assertEquals(100, group.values().median()[iterations.indexOf(1234L)]);
    assertEquals(-50, group.values().median()[iterations.indexOf(777L)]);
    assertNull(group.values().min(), "one seed: no range");
    assertNull(group.count(), "one seed: no counts");
  }

  @Test
  @DisplayName("a long checkpoint series is downsampled; the cost columns follow the picked checkpoints")
  void longCheckpointsAreDownsampled() {
    long[] iteration = LongStream.range(0, 4500).toArray();
    double[] loss = new double[iteration.length];
    for (int i = 0; i < loss.length; i++) {
      loss[i] = 1000 - i / 10.0;
    }
    loss[3001] = 5000;
    CellResult cell = TestCells.cell("s", "c", TestCells.spec("gd", "p", 0, 1), CellStatus.BUDGET, "",
        TestCells.summary(4499, 1, 1, 1), TestCells.trace(iteration, loss, loss, Map.of()));

    ChartData.ConvergenceGroup group = chartData(List.of(cell)).problems().get(0).groups().get(0);

    assertEquals(4500, group.points());
    assertTrue(group.iteration().length <= Downsample.MAX_POINTS, "drawn " + group.iteration().length);
    assertEquals(0, group.iteration()[0]);
    assertEquals(4499, group.iteration()[group.iteration().length - 1]);
    List<Long> iterations = LongStream.of(group.iteration()).boxed().toList();
    // the loss is drawn as its gap to the best loss, 1000 - 4499 / 10
    assertEquals(5000 - 550.1, group.loss().median()[iterations.indexOf(3001L)], 1e-9);
    assertEquals(0, group.loss().median()[group.iteration().length - 1], 1e-12, "the best loss has gap 0");
    for (int i = 0; i < group.iteration().length; i++) {
      // TestCells.trace: 2 gradient-equivalents per iteration
      assertEquals(2.0 * group.iteration()[i], group.gradientEquivalents()[i]);
    }
  }
}
