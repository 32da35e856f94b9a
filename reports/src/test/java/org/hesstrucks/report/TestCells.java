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

  /** A telemetry name that tries to get out of its context. */
  static final String HOSTILE_TELEMETRY = "tele</script><b>bold</b>&amp;\"q\"";
  /** A probe id and value name that try to get out of their context. */
  static final String HOSTILE_PROBE = "probe<script>window.__pwned=3</script>'&";
  static final String HOSTILE_PROBE_VALUE = "v<img src=x onerror=window.__pwned=4>";
  /** A plugin id (provenance key and optimizer block id) that tries to get out of its context. */
  static final String HOSTILE_PLUGIN = "optimizer:x</script><script>window.__pwned=5</script>";
  /** The tuned optimizer's settings, and the chosen one (the label of its final cells). */
  static final double[] TUNED_LR = {0.01, 0.1, 1};
  static final String TUNED_LABEL = "sgd lr=0.1";

  /**
   * A realistic sweep: model "mlp" on dataset "spirals" at depths 1 and 2 (axis {@code model.depth}) and batch
   * sizes full and 64; optimizers "gd" and {@link #HOSTILE_LABEL} (plugin id {@link #HOSTILE_PLUGIN}) untuned,
   * and "sgd" tuned over {@link #TUNED_LR} on seed 1 (3 trial cells per problem, finals {@link #TUNED_LABEL});
   * seeds 1 and 2; held-out loss and accuracy at every checkpoint; telemetry "batchLoss", "stepLength" for all
   * and "myPlugin.innerIterations" and {@link #HOSTILE_TELEMETRY} for the hostile optimizer; probes on seed 1
   * ("hessian-top-k" with "eigenvalues" (3 numbers) and "trace", "trace-split" with its six traces and errors,
   * "spectral-density" for gd, and {@link #HOSTILE_PROBE} with {@link #HOSTILE_PROBE_VALUE}); one extra cell
   * that ended with status error.
   *
   * @param checkpoints checkpoints per trace (telemetry has 5 entries per checkpoint interval)
   */
  static List<CellResult> realisticSweep(String sweepName, int checkpoints) {
    List<CellResult> cells = new java.util.ArrayList<>();
    int id = 0;
    for (int depth = 1; depth <= 2; depth++) {
      for (int batchSize : new int[] {0, 64}) {
        for (int o = 0; o < 3; o++) {
          List<double[]> settings = new java.util.ArrayList<>();
          if (o == 2) {
            for (double lr : TUNED_LR) {
              settings.add(new double[] {lr, 1});
            }
            settings.add(new double[] {0.1, 0});
          } else {
            settings.add(new double[] {Double.NaN, 0});
          }
          for (double[] setting : settings) {
            boolean trial = setting[1] == 1;
            long[] seeds = trial ? new long[] {1} : new long[] {1, 2};
            for (long seed : seeds) {
              // trial ids as the final cells' tuning records name them
              String cellId = trial ? "trial-" + depth + "-" + batchSize + "-" + settings.indexOf(setting)
                  : "cell" + (id++);
              cells.add(realisticCell(sweepName, cellId, depth, batchSize, o, setting[0], trial, seed, checkpoints));
            }
          }
        }
      }
    }
    cells.add(new CellResult(CellResult.SCHEMA_VERSION, sweepName, "cell" + id,
        realisticSpec(0, 1, 0, 3, Double.NaN, null), CellStatus.ERROR,
        "optimizer gd threw IllegalStateException: line search config <broken> & \"bad\"", null, null, List.of(),
        provenance("bench-2")));
    return cells;
  }

  private static CellSpec realisticSpec(int optimizer, int depth, int batchSize, long seed, double lr, String role) {
    Map<String, com.fasterxml.jackson.databind.JsonNode> axes = new LinkedHashMap<>();
    JsonNodeFactory f = JsonNodeFactory.instance;
    String label;
    ObjectNode block;
    if (optimizer == 2) {
      block = f.objectNode().put("id", "sgd").put("lr", lr);
      axes.put("optimizer.lr", f.numberNode(lr));
      label = "sgd lr=" + (lr == 1 ? "1" : Double.toString(lr));
    } else {
      block = f.objectNode().put("id", optimizer == 0 ? "gd" : HOSTILE_PLUGIN.substring("optimizer:".length()));
      label = optimizer == 0 ? "gd" : HOSTILE_LABEL;
    }
    axes.put("model.depth", f.numberNode(depth));
    axes.put("batchSize", batchSize == 0 ? f.textNode("full") : f.numberNode(batchSize));
    ObjectNode model = f.objectNode().put("id", "mlp").put("depth", depth).put("width", 32);
    ObjectNode dataset = f.objectNode().put("id", "spirals");
    return new CellSpec(block, model, dataset, batchSize, seed, new Budget(100L, null, null, null), Stopping.none(), 10,
        label, "mlp depth=" + depth + " width=32 on spirals", axes, role);
  }

  private static CellResult realisticCell(String sweepName, String cellId, int depth, int batchSize, int optimizer,
      double lr, boolean trial, long seed, int checkpoints) {
    int every = 5;
    double rate = new double[] {0.93, 0.86, 0.9}[optimizer] + 0.015 * depth + (batchSize == 0 ? 0 : 0.01);
    if (optimizer == 2 && lr != 0.1) {
      rate = lr > 0.1 ? 1.001 : 0.985;
    }
    double noise = 1 + 0.3 * (seed - 1.5);
    long[] iteration = new long[checkpoints];
    double[] loss = new double[checkpoints];
    double[] gradientNorm = new double[checkpoints];
    double[] heldOutLoss = new double[checkpoints];
    double[] accuracy = new double[checkpoints];
    double step = 60.0 / checkpoints;
    for (int k = 0; k < checkpoints; k++) {
      iteration[k] = (long) k * every;
      double t = k * step * every / 5.0;
      double decay = Math.pow(rate, t * 5);
      loss[k] = 0.04 * depth + 2.0 * noise * decay * (1 + 0.05 * Math.sin(k));
      gradientNorm[k] = 3.0 * noise * Math.pow(rate, t * 5 / 1.3);
      heldOutLoss[k] = loss[k] * 1.15 + 0.02;
      accuracy[k] = Math.min(0.99, 0.5 + 0.45 * (1 - decay));
    }
    int steps = checkpoints * every - every;
    Map<String, double[]> telemetry = new LinkedHashMap<>();
    double[] batchLoss = new double[steps];
    double[] stepLength = new double[steps];
    double[] inner = new double[steps];
    for (int i = 0; i < steps; i++) {
      batchLoss[i] = 0.04 * depth + 2.0 * noise * Math.pow(rate, i * step) * (1 + 0.2 * Math.sin(i + seed));
      stepLength[i] = i % 7 == 3 ? Double.NaN : (0.5 + 0.3 * optimizer) * (1 + 0.3 * Math.cos(0.3 * i + seed));
      inner[i] = Math.round(4 + 3 * Math.sin(i / 6.0 + seed) + i / 15.0);
    }
    telemetry.put("batchLoss", batchLoss);
    telemetry.put("stepLength", stepLength);
    if (optimizer == 1) {
      telemetry.put("myPlugin.innerIterations", inner);
      telemetry.put(HOSTILE_TELEMETRY, stepLength.clone());
    }
    double perIteration = (2.0 + optimizer) * (batchSize == 0 ? 1 : 0.25);
    Trace trace = new Trace(iteration, scale(iteration, perIteration / 50), scale(iteration, perIteration),
        scale(iteration, 0.004 * (1 + optimizer) * noise * (batchSize == 0 ? 1 : 0.3)), loss, gradientNorm,
        Map.of("loss", heldOutLoss, "accuracy", accuracy), telemetry);
    List<org.hesstrucks.result.ProbeRecord> probes = new java.util.ArrayList<>();
    if (seed == 1 && !trial) {
      for (int k = 0; k < checkpoints; k += Math.max(1, checkpoints / 6)) {
        double top = 5.0 / (1 + 0.1 * k) + optimizer;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("eigenvalues", List.of(top, top / 2, top / 4));
        values.put("trace", 3 * top);
        values.put("method", "lanczos");
        probes.add(new org.hesstrucks.result.ProbeRecord("hessian-top-k", iteration[k], 0.01, values));
        probes.add(new org.hesstrucks.result.ProbeRecord(HOSTILE_PROBE, iteration[k], 0.01,
            Map.of(HOSTILE_PROBE_VALUE, 1.0 / (1 + k))));
        Map<String, Object> traces = new LinkedHashMap<>();
        traces.put("traceH", 3 * top);
        traces.put("traceHError", 0.1 * top);
        traces.put("traceG", 2.5 * top);
        traces.put("traceGError", 0.05 * top);
        traces.put("traceS", 0.5 * top - 1);
        traces.put("traceSError", 0.08 * top);
        probes.add(new org.hesstrucks.result.ProbeRecord("trace-split", iteration[k], 0.02, traces));
        if (optimizer == 0) {
          List<Double> grid = new java.util.ArrayList<>();
          List<Double> density = new java.util.ArrayList<>();
          for (int g = 0; g < 40; g++) {
            double x = -1 + (top + 2) * g / 39.0;
            grid.add(x);
            density.add(Math.exp(-x * x / 0.02) + 0.1 * Math.exp(-(x - top) * (x - top) / 0.02));
          }
          probes.add(new org.hesstrucks.result.ProbeRecord("spectral-density", iteration[k], 0.02,
              Map.of("grid", grid, "density", density, "mode", "exact")));
        }
      }
    }
    int last = checkpoints - 1;
    Summary summary = new Summary(steps, loss[0], loss[last], loss[last], gradientNorm[0], gradientNorm[last],
        steps * perIteration / 50, steps * perIteration, steps * 0.004 * (1 + optimizer) * noise, 0.02,
        new CostSnapshot(steps * optimizer, steps, 0, steps * optimizer, steps * 64L, 0));
    CellStatus status = trial && lr > 0.1 ? CellStatus.DIVERGED
        : optimizer == 0 && depth == 2 && seed == 2 ? CellStatus.BUDGET : CellStatus.CONVERGED;
    org.hesstrucks.result.TuningRecord tuning = null;
    if (optimizer == 2) {
      JsonNodeFactory f = JsonNodeFactory.instance;
      if (trial) {
        tuning = new org.hesstrucks.result.TuningRecord("trial", "finalLoss", 1,
            Map.of("optimizer.lr", f.numberNode(lr)), List.of(), Map.of());
      } else {
        List<org.hesstrucks.result.TuningTrial> trials = new java.util.ArrayList<>();
        for (int t = 0; t < TUNED_LR.length; t++) {
          trials.add(new org.hesstrucks.result.TuningTrial("trial-" + depth + "-" + batchSize + "-" + t,
              Map.of("optimizer.lr", f.numberNode(TUNED_LR[t])),
              TUNED_LR[t] > 0.1 ? CellStatus.DIVERGED : CellStatus.CONVERGED,
              TUNED_LR[t] > 0.1 ? Double.NaN : TUNED_LR[t] == 0.1 ? 0.05 * depth : 0.3 * depth));
        }
        tuning = new org.hesstrucks.result.TuningRecord("final", "finalLoss", 1, Map.of(), trials,
            Map.of("optimizer.lr", f.numberNode(0.1)));
      }
    }
    Map<String, String> plugins = new LinkedHashMap<>();
    plugins.put("optimizer:gd", "1.0.0");
    plugins.put("optimizer:sgd", "1.1.0");
    plugins.put(HOSTILE_PLUGIN, "0.1.0 <beta>");
    plugins.put("model:mlp", "1.0.0");
    plugins.put("dataset:spirals", "1.0.0");
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("blas", "OpenBLAS 0.3.21");
    extra.put("blasThreads", "2");
    extra.put("datasetIdentity", "sha256:9f2c1e");
    Provenance provenance = new Provenance(plugins, "1.0.0-SNAPSHOT", "Eclipse Adoptium 17.0.15", "Linux 6.1 amd64",
        "Example CPU @ 3.0GHz", 2, "bench-1", "abc1234def", "2025-01-01T00:00:00Z", extra);
    return new CellResult(CellResult.SCHEMA_VERSION, sweepName, cellId,
        realisticSpec(optimizer, depth, batchSize, seed, lr, trial ? "trial" : optimizer == 2 ? "final" : null),
        status, status == CellStatus.BUDGET ? "" : "relative gradient norm below 1e-3", summary, trace, probes,
        provenance, tuning);
  }

  private static double[] scale(long[] iteration, double factor) {
    double[] out = new double[iteration.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = iteration[i] * factor;
    }
    return out;
  }
}
