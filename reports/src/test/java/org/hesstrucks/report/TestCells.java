package org.hesstrucks.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hesstrucks.cost.CostSnapshot;
import org.hesstrucks.result.Budget;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellSpec;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.Provenance;
import org.hesstrucks.result.ResultJson;
import org.hesstrucks.result.Stopping;
import org.hesstrucks.result.Summary;
import org.hesstrucks.result.Trace;

/** Cell results built by hand, and results folders written from them the way the harness writes them. */
final class TestCells {
  /** An optimizer label that tries every way out of its context: script, comment, quotes, a JS line end. */
  static final String HOSTILE_LABEL =
      "evil</script><script>window.__pwned=1</script><!-- \"q\" 'a' \u2028 <img src=x onerror=window.__pwned=2>";

  private TestCells() {}

  static CellSpec spec(String optimizerLabel, String problemLabel, int batchSize, long seed) {
    ObjectNode optimizer = JsonNodeFactory.instance.objectNode().put("id", "gd");
    ObjectNode model = JsonNodeFactory.instance.objectNode().put("id", "quadratic");
    return new CellSpec(optimizer, model, null, batchSize, seed, new Budget(100L, null, null, null), Stopping.none(),
        10, optimizerLabel, problemLabel, Map.of());
  }

  static Trace trace(long[] iteration, double[] loss, double[] gradientNorm, Map<String, double[]> telemetry) {
    double[] cost = new double[iteration.length];
    for (int i = 0; i < cost.length; i++) {
      cost[i] = 2.0 * iteration[i];
    }
    double[] epochs = new double[iteration.length];
    double[] seconds = new double[iteration.length];
    for (int i = 0; i < cost.length; i++) {
      epochs[i] = iteration[i] / 10.0;
      seconds[i] = iteration[i] * 0.01;
    }
    return new Trace(iteration, epochs, cost, seconds, loss, gradientNorm, Map.of(), telemetry);
  }

  static Summary summary(long iterations, double finalLoss, double finalGradientNorm, double seconds) {
    return new Summary(iterations, 10, finalLoss, finalLoss, 5, finalGradientNorm, iterations / 10.0,
        2.0 * iterations, seconds, 0.1, new CostSnapshot(iterations, iterations + 1, 0, iterations, iterations + 1, 0));
  }

  static Provenance provenance(String host) {
    Map<String, String> plugins = new LinkedHashMap<>();
    plugins.put("optimizer:gd", "1.0.0");
    plugins.put("model:quadratic", "1.0.0");
    return new Provenance(plugins, "1.0.0-SNAPSHOT", "Eclipse Adoptium 17.0.15", "Linux 6.1 amd64",
        "Example CPU @ 3.0GHz", 2, host, "abc1234", "2025-01-01T00:00:00Z", Map.of());
  }

  static CellResult cell(String sweep, String cellId, CellSpec spec, CellStatus status, String message,
      Summary summary, Trace trace) {
    return new CellResult(CellResult.SCHEMA_VERSION, sweep, cellId, spec, status, message, summary, trace, List.of(),
        provenance("bench-1"));
  }

  /** A simple converged cell on a two-checkpoint trace. */
  static CellResult simple(String optimizerLabel, String problemLabel, long seed) {
    Trace trace = trace(new long[] {0, 10}, new double[] {10, 1}, new double[] {5, 0.5}, Map.of());
    return cell("simple", optimizerLabel + "-" + problemLabel + "-" + seed, spec(optimizerLabel, problemLabel, 0, seed),
        CellStatus.CONVERGED, "gradient norm below 1e-6", summary(10, 1, 0.5, 0.1), trace);
  }

  /** Writes a results folder: sweep.json (when not null) and one cells/<id>.json per cell. */
  static Path writeResults(Path dir, String sweepFile, List<CellResult> cells) throws IOException {
    Path cellsDir = Files.createDirectories(dir.resolve(ResultsFolder.CELLS_DIR));
    if (sweepFile != null) {
      Files.writeString(dir.resolve(ResultsFolder.SWEEP_FILE), sweepFile);
    }
    for (CellResult cell : cells) {
      ResultJson.mapper().writerWithDefaultPrettyPrinter()
          .writeValue(cellsDir.resolve(cell.cellId() + ".json").toFile(), cell);
    }
    return dir;
  }

  /**
   * The browser test's sweep: 2 optimizers (one with {@link #HOSTILE_LABEL}) x 2 problems x 2 seeds, plain
   * geometric convergence with seed noise; telemetry "batchLoss", "stepLength" for all and
   * "myPlugin.innerIterations" for the second optimizer; and one extra cell that ended with status error.
   */
  static List<CellResult> demoSweep(String sweepName) {
    List<CellResult> cells = new java.util.ArrayList<>();
    String[] optimizers = {"gd shrink=0.5", HOSTILE_LABEL};
    String[] problems = {"quadratic conditionNumber=100", "mlp depth=2 width=32"};
    int[] batchSizes = {0, 64};
    double[] rates = {0.93, 0.85};
    int id = 0;
    for (int p = 0; p < problems.length; p++) {
      for (int o = 0; o < optimizers.length; o++) {
        for (long seed = 1; seed <= 2; seed++) {
          int steps = 60;
          int every = 5;
          int checkpoints = steps / every + 1;
          long[] iteration = new long[checkpoints];
          double[] loss = new double[checkpoints];
          double[] gradientNorm = new double[checkpoints];
          double rate = rates[o] + 0.02 * p;
          double noise = 1 + 0.5 * (seed - 1.5);
          for (int k = 0; k < checkpoints; k++) {
            iteration[k] = (long) k * every;
            loss[k] = 0.05 * (p + 1) + 3.0 * noise * Math.pow(rate, iteration[k]);
            gradientNorm[k] = 4.0 * noise * Math.pow(rate, iteration[k] / 1.3);
          }
          Map<String, double[]> telemetry = new LinkedHashMap<>();
          double[] batchLoss = new double[steps];
          double[] stepLength = new double[steps];
          double[] inner = new double[steps];
          for (int i = 0; i < steps; i++) {
            batchLoss[i] = 0.05 * (p + 1) + 3.0 * noise * Math.pow(rate, i) * (1 + 0.2 * Math.sin(i + seed));
            stepLength[i] = i % 7 == 3 ? Double.NaN : (0.5 + 0.3 * o) * (1 + 0.3 * Math.cos(0.3 * i + seed));
            inner[i] = Math.round(4 + 3 * Math.sin(i / 6.0 + seed) + i / 15.0);
          }
          telemetry.put("batchLoss", batchLoss);
          telemetry.put("stepLength", stepLength);
          if (o == 1) {
            telemetry.put("myPlugin.innerIterations", inner);
          }
          Trace trace = new Trace(iteration, scale(iteration, (2.0 + o) / 50), scale(iteration, 2.0 + o),
              scale(iteration, 0.004 * (1 + o) * noise), loss, gradientNorm, Map.of(), telemetry);
          CellStatus status = o == 0 && p == 1 && seed == 2 ? CellStatus.BUDGET : CellStatus.CONVERGED;
          Summary summary = new Summary(steps, loss[0], loss[checkpoints - 1], loss[checkpoints - 1], gradientNorm[0],
              gradientNorm[checkpoints - 1], steps * (2.0 + o) / 50, steps * (2.0 + o), steps * 0.004 * (1 + o) * noise,
              0.02, new CostSnapshot(steps * o, steps, 0, steps * o, steps * (batchSizes[p] == 0 ? 1000 : 64), 0));
          cells.add(new CellResult(CellResult.SCHEMA_VERSION, sweepName, "cell" + (id++),
              spec(optimizers[o], problems[p], batchSizes[p], seed), status,
              status == CellStatus.BUDGET ? "" : "relative gradient norm below 1e-3", summary, trace, List.of(),
              provenance("bench-1")));
        }
      }
    }
    cells.add(new CellResult(CellResult.SCHEMA_VERSION, sweepName, "cell" + id, spec(optimizers[0], problems[0], 0, 3),
        CellStatus.ERROR, "optimizer gd threw IllegalStateException: line search config <broken> & \"bad\"", null,
        null, List.of(), provenance("bench-2")));
    return cells;
  }

  private static double[] scale(long[] iteration, double factor) {
    double[] out = new double[iteration.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = iteration[i] * factor;
    }
    return out;
  }
}
