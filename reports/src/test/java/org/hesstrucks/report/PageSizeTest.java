package org.hesstrucks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hesstrucks.cost.CostSnapshot;
import org.hesstrucks.result.Budget;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellSpec;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ProbeRecord;
import org.hesstrucks.result.Stopping;
import org.hesstrucks.result.Summary;
import org.hesstrucks.result.Trace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The size bound: a 300-cell sweep with 2,000 points per trace makes a page under 8 MB. */
class PageSizeTest {
  private static final int POINTS = 2000;
  private static final long MAX_BYTES = 8L * 1024 * 1024;

  /**
   * 4 optimizers x 5 depths x 3 batch sizes x 5 seeds = 300 cells; each with 2,000 checkpoints (loss, gradient
   * norm, held-out loss and accuracy, three cost columns), 2,000 steps of three telemetry series, and 20 probe
   * records of 10 eigenvalues; every value carries random noise, so nothing compresses into short numbers.
   */
  static List<CellResult> sweep() {
    Random random = new Random(42);
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<CellResult> cells = new ArrayList<>();
    int id = 0;
    for (int o = 0; o < 4; o++) {
      for (int depth = 1; depth <= 5; depth++) {
        for (int batchSize : new int[] {0, 32, 256}) {
          for (long seed = 1; seed <= 5; seed++) {
            Map<String, JsonNode> axes = new LinkedHashMap<>();
            axes.put("optimizer.lr", f.numberNode(0.1 * (o + 1)));
            axes.put("model.depth", f.numberNode(depth));
            axes.put("batchSize", batchSize == 0 ? f.textNode("full") : f.numberNode(batchSize));
            ObjectNode model = f.objectNode().put("id", "mlp").put("depth", depth);
            CellSpec spec = new CellSpec(f.objectNode().put("id", "opt" + o), model, f.objectNode().put("id", "spirals"),
                batchSize, seed, new Budget((long) POINTS, null, null, null), Stopping.none(), 1, "opt" + o + " lr=" + (o + 1),
                "mlp depth=" + depth + " on spirals", axes, null);
            long[] iteration = new long[POINTS];
            double[] epochs = new double[POINTS];
            double[] cost = new double[POINTS];
            double[] seconds = new double[POINTS];
            double[] loss = new double[POINTS];
            double[] gradientNorm = new double[POINTS];
            double[] heldOutLoss = new double[POINTS];
            double[] accuracy = new double[POINTS];
            double rate = 0.995 + 0.001 * o;
            for (int k = 0; k < POINTS; k++) {
              iteration[k] = k;
              cost[k] = k * (1 + o) * (1 + 0.01 * random.nextDouble());
              epochs[k] = cost[k] / 100;
              seconds[k] = k * 0.0013 * (1 + 0.1 * random.nextDouble());
              loss[k] = 0.01 * depth + Math.pow(rate, k) * (1 + 0.1 * random.nextGaussian());
              gradientNorm[k] = Math.pow(rate, k / 2.0) * (1 + 0.1 * random.nextGaussian());
              heldOutLoss[k] = 1.1 * loss[k] + 0.01 * random.nextDouble();
              accuracy[k] = 0.5 + 0.45 * (1 - Math.pow(rate, k)) + 0.01 * random.nextDouble();
            }
            Map<String, double[]> telemetry = new LinkedHashMap<>();
            for (String name : List.of("batchLoss", "stepLength", "opt.innerIterations")) {
              double[] series = new double[POINTS];
              for (int i = 0; i < POINTS; i++) {
                series[i] = random.nextDouble() * Math.pow(rate, i);
              }
              telemetry.put(name, series);
            }
            List<ProbeRecord> probes = new ArrayList<>();
            for (int k = 0; k < POINTS; k += POINTS / 20) {
              List<Double> eigenvalues = new ArrayList<>();
              for (int e = 0; e < 10; e++) {
                eigenvalues.add(random.nextDouble() * 10 / (e + 1));
              }
              probes.add(new ProbeRecord("hessian-top-k", k, 0.01, Map.of("eigenvalues", eigenvalues)));
            }
            Summary summary = new Summary(POINTS, loss[0], loss[POINTS - 1], loss[POINTS - 1], gradientNorm[0],
                gradientNorm[POINTS - 1], epochs[POINTS - 1], cost[POINTS - 1], seconds[POINTS - 1], 0.1,
                new CostSnapshot(POINTS, POINTS, 0, POINTS, POINTS, 0));
            cells.add(new CellResult(CellResult.SCHEMA_VERSION, "size", "cell" + (id++), spec, CellStatus.BUDGET, "",
                summary, new Trace(iteration, epochs, cost, seconds, loss, gradientNorm,
                    Map.of("loss", heldOutLoss, "accuracy", accuracy), telemetry), probes,
                TestCells.provenance("bench-1")));
          }
        }
      }
    }
    return cells;
  }

  @Test
  @DisplayName("300 cells with 2,000 checkpoints and 2,000 telemetry steps each make a page under 8 MB")
  void pageUnderEightMegabytes() {
    List<CellResult> cells = sweep();
    assertEquals(300, cells.size());
    String html = new ReportWriter().render(new ReportData(Path.of("r"), "size", null, cells, List.of()));
    long bytes = html.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < MAX_BYTES, "page of " + bytes + " bytes");
    // For the record in target/: how large the page is.
    try {
      java.nio.file.Files.writeString(Path.of(System.getProperty("basedir", "."), "target", "page-size-300-cells.txt"),
          bytes + " bytes\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
