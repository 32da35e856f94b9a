package org.hesstrucks.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hesstrucks.harness.run.CellRunner;
import org.hesstrucks.harness.run.ProvenanceCollector;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CellTicket;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.SwagPlan;
import org.hesstrucks.harness.sweep.SweepException;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ProbeRecord;
import org.hesstrucks.result.ResultJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SwagTest {
  /** Mini-batch gradient descent (Armijo steps on batches of 20: noisy) on softmax regression, 15 parameters. */
  private static final String SOFTMAX = "{'budget': {'iterations': 30}, 'evaluateEvery': 5, 'batchSize': 20,"
      + " 'optimizers': [{'id': 'gd'}], 'datasets': [{'id': 'fixture-data'}],"
      + " 'models': [{'id': 'fixture-softmax'}]%s}";
  /** Gradient descent on a 10-parameter quadratic whose largest eigenvalue is 1. */
  private static final String QUADRATIC = "{'budget': {'iterations': 30}, 'evaluateEvery': 5,"
      + " 'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', 'dimension': 10}]%s}";
  /** Lanczos on n = 10 with 10 steps spans the whole space: Ritz values exact to rounding. */
  private static final double EXACT = 1e-10;

  private static CellResult run(String template, String swag) {
    CompiledSweep sweep = Sweeps.compile(String.format(template, swag));
    return new CellRunner(Sweeps.CATALOG, new ProvenanceCollector(), Sweeps.compiler())
        .run(sweep.cells().get(0), "s", Path.of("."));
  }

  private static List<ProbeRecord> swagRecords(CellResult result) {
    return result.probes().stream().filter(p -> p.probe().equals("swag")).toList();
  }

  private static List<String> problems(String template, String swag) {
    return assertThrows(SweepException.class, () -> Sweeps.compile(String.format(template, swag))).problems();
  }

  @Test
  @DisplayName("a record at each checkpoint from the second snapshot on, with the contract's fields; snapshots and "
      + "rank as the schedule implies; held-out metrics at the SWA mean, of the SWAG average and at the iterate")
  void recordsAtCheckpoints() {
    CellResult result = run(SOFTMAX, ", 'swag': {'start': 10, 'every': 3, 'rank': 4, 'samples': 8, 'topK': 0}");
    assertEquals(CellStatus.BUDGET, result.status(), result.message());
    List<ProbeRecord> records = swagRecords(result);
    // Snapshots after iterations 10, 13, ..., 28 (7 in 30); checkpoints at 0, 5, ..., 30: from 15 on two exist.
    assertEquals(List.of(15L, 20L, 25L, 30L), records.stream().map(ProbeRecord::iteration).toList());
    assertEquals(List.of(2L, 4L, 6L, 7L), records.stream().map(r -> r.values().get("snapshots")).toList());
    assertEquals(List.of(1, 3, 4, 4), records.stream().map(r -> r.values().get("rank")).toList(),
        "rank = min(K, snapshots − 1)");
    Set<String> fields = Set.of("snapshots", "rank", "samples", "swaLoss", "swaAccuracy", "swagLoss", "swagAccuracy",
        "iterateLoss", "iterateAccuracy", "trainLossAtSwa", "diagonalVariance", "deviationEnergy", "products",
        "seconds");
    double[] heldOutLoss = result.trace().heldOut().get("loss");
    long[] checkpoints = result.trace().iteration();
    for (ProbeRecord record : records) {
      Map<String, Object> values = record.values();
      assertEquals(fields, values.keySet(), "no overlap with topK 0");
      assertEquals(8, values.get("samples"));
      assertEquals(0L, values.get("products"));
      assertEquals(values.get("rank"), ((double[]) values.get("deviationEnergy")).length);
      int checkpoint = java.util.Arrays.binarySearch(checkpoints, record.iteration());
      assertEquals(heldOutLoss[checkpoint], (double) values.get("iterateLoss"), 0, "the checkpoint's own metric");
      assertTrue((double) values.get("diagonalVariance") > 0);
      double swag = (double) values.get("swagLoss");
      assertTrue(swag > 0 && swag < 2, "a plausible 3-class cross-entropy: " + swag);
    }
    assertTrue(result.summary().evaluationSeconds() >= records.get(0).seconds());
  }

  @Test
  @DisplayName("collecting SWAG does not change the optimization: the trace equals a run without it, bit for bit")
  void doesNotPerturb() {
    CellResult with = run(SOFTMAX, ", 'swag': {'start': 2, 'every': 2, 'rank': 3, 'samples': 4, 'topK': 0}");
    CellResult without = run(SOFTMAX, "");
    assertArrayEquals(without.trace().loss(), with.trace().loss(), 0);
    assertArrayEquals(without.trace().heldOut().get("loss"), with.trace().heldOut().get("loss"), 0);
  }

  @Test
  @DisplayName("a run with swag is bit-for-bit identical across two runs (seeded samples and Lanczos)")
  void deterministic() {
    String swag = ", 'swag': {'start': 5, 'every': 2, 'rank': 5, 'samples': 6, 'topK': 0}";
    assertEquals(recordsJson(run(SOFTMAX, swag)), recordsJson(run(SOFTMAX, swag)));
    String withOverlap = ", 'swag': {'start': 5, 'every': 2, 'rank': 5, 'samples': 6, 'topK': 3}";
    assertEquals(recordsJson(run(QUADRATIC, withOverlap)), recordsJson(run(QUADRATIC, withOverlap)));
  }

  /** The swag records as JSON without their timings. */
  private static String recordsJson(CellResult result) {
    List<Map<String, Object>> timeless = swagRecords(result).stream().map(r -> {
      Map<String, Object> values = new LinkedHashMap<>(r.values());
      values.remove("seconds");
      values.put("iteration", r.iteration());
      return values;
    }).toList();
    assertFalse(timeless.isEmpty());
    try {
      return ResultJson.mapper().writeValueAsString(timeless);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  @DisplayName("on a model without held-out data the held-out fields are absent; the overlap with the top-3 Hessian "
      + "eigenspace is recorded with products = Lanczos steps min(max(2k, k + 20), n) + k residuals")
  void overlapOnQuadratic() {
    CellResult result = run(QUADRATIC, ", 'swag': {'start': 4, 'every': 3, 'rank': 3, 'topK': 3}");
    List<ProbeRecord> records = swagRecords(result);
    // Snapshots after 4, 7, 10, ..., 28 (9); two exist from iteration 7: checkpoints 10, 15, ..., 30.
    assertEquals(List.of(10L, 15L, 20L, 25L, 30L), records.stream().map(ProbeRecord::iteration).toList());
    for (ProbeRecord record : records) {
      Map<String, Object> values = record.values();
      assertEquals(Set.of("snapshots", "rank", "samples", "trainLossAtSwa", "diagonalVariance", "deviationEnergy",
          "overlap", "principalAngles", "hessianTop", "hessianResiduals", "products", "seconds"), values.keySet());
      assertEquals(10L + 3, values.get("products"), "10 steps (n = 10) + 3 residuals");
      double[] top = (double[]) values.get("hessianTop");
      assertEquals(3, top.length);
      assertEquals(1, top[0], EXACT, "the quadratic's largest eigenvalue");
      assertTrue(top[0] >= top[1] && top[1] >= top[2]);
      double overlap = (double) values.get("overlap");
      assertTrue(overlap >= 0 && overlap <= 1, "overlap " + overlap);
      double[] angles = (double[]) values.get("principalAngles");
      assertEquals(Math.min((int) values.get("rank"), 3), angles.length);
      double meanCos2 = 0;
      for (double angle : angles) {
        meanCos2 += Math.cos(angle) * Math.cos(angle) / angles.length;
      }
      assertEquals(meanCos2, overlap, 1e-12, "overlap = mean cos² of the principal angles");
    }
  }

  @Test
  @DisplayName("the null-space share: G over 2 samples of a 3-class linear model has rank 2·(3 − 1) = 4 of 15; the "
      + "share of SWAG's deviation energy outside G's range is recorded beside a random direction's 1 − 4/15")
  void nullSpaceShare() {
    CellResult result = run(SOFTMAX, ", 'swag': {'start': 10, 'every': 2, 'rank': 5, 'topK': 0,"
        + " 'nullSpaceK': 10, 'nullSpaceBatch': 2, 'nullSpaceTolerance': 1e-10}");
    // The fitted model is confident (p close to one-hot), so G's fourth eigenvalue is small but far above
    // rounding; the default tolerance 1e-6 would count 3 here, 1e-10 still separates it from G's zero eigenvalues.
    List<ProbeRecord> records = swagRecords(result);
    assertFalse(records.isEmpty());
    for (ProbeRecord record : records) {
      Map<String, Object> values = record.values();
      assertEquals(4, values.get("gaussNewtonRank"), values.toString());
      assertEquals(false, values.get("gaussNewtonRankIsLowerBound"), "Lanczos found G's zero eigenvalues");
      assertEquals(1 - 4.0 / 15, (double) values.get("randomNearNullShare"), 1e-15);
      double share = (double) values.get("nearNullShare");
      assertTrue(share >= 0 && share <= 1, "share " + share);
      long products = (long) values.get("products");
      assertTrue(products >= 5 && products <= 15, "Lanczos steps on a rank-4 operator: 5 (breakdown) to n = 15, got "
          + products);
    }
  }

  @Test
  @DisplayName("a model without Gauss-Newton products records nullSpaceError and keeps the rest of the record")
  void nullSpaceWithoutGaussNewton() {
    CellResult result = run(QUADRATIC, ", 'swag': {'start': 4, 'every': 3, 'rank': 3, 'topK': 3, 'nullSpaceK': 2}");
    for (ProbeRecord record : swagRecords(result)) {
      Map<String, Object> values = record.values();
      assertTrue(((String) values.get("nullSpaceError")).contains("gauss-newton"), values.toString());
      assertTrue(values.containsKey("overlap"));
      assertEquals(10L + 3, values.get("products"), "the overlap's products only");
    }
  }

  @Test
  @DisplayName("bad null-space fields are refused naming the field: negative k, k above the parameter count, a batch "
      + "above the training set, a tolerance outside [0, 1)")
  void badNullSpaceFields() {
    assertEquals(List.of("sweep.json: $.swag.nullSpaceK: expected a non-negative integer (0 disables the null-space "
        + "share), got -1"), problems(SOFTMAX, ", 'swag': {'start': 2, 'topK': 0, 'nullSpaceK': -1}"));
    assertEquals(List.of("sweep.json: $.swag.nullSpaceK: expected at most 15, the parameter count of model "
        + "'fixture-softmax' on dataset 'fixture-data' ($.models[0] × $.datasets[0]), got 16"),
        problems(SOFTMAX, ", 'swag': {'start': 2, 'topK': 0, 'nullSpaceK': 16}"));
    assertEquals(List.of("sweep.json: $.swag.nullSpaceBatch: expected at most 200, the training-set size of model "
        + "'fixture-softmax' on dataset 'fixture-data' ($.models[0] × $.datasets[0]), got 201"),
        problems(SOFTMAX, ", 'swag': {'start': 2, 'topK': 0, 'nullSpaceK': 3, 'nullSpaceBatch': 201}"));
    assertEquals(List.of("sweep.json: $.swag.nullSpaceTolerance: expected a number in [0, 1), got 1"),
        problems(SOFTMAX, ", 'swag': {'start': 2, 'topK': 0, 'nullSpaceTolerance': 1}"));
  }

  @Test
  @DisplayName("under an epoch budget a schedule that cannot take 2 snapshots is refused with the iterations it allows")
  void scheduleNeverFiresWithinEpochs() {
    String epochs = "{'budget': {'epochs': 2}, 'evaluateEvery': 5, 'batchSize': 20,"
        + " 'optimizers': [{'id': 'gd'}], 'datasets': [{'id': 'fixture-data'}],"
        + " 'models': [{'id': 'fixture-softmax'}]%s}";
    assertEquals(List.of("sweep.json: $.swag.start: expected a schedule that takes at least 2 snapshots within the "
        + "budget of 2.0 epochs (at most 20 iterations of batch 20) for model 'fixture-softmax' on dataset "
        + "'fixture-data' ($.models[0] × $.datasets[0]) with batch size 20, got start 20 and every 1 (1 snapshot)"),
        problems(epochs, ", 'swag': {'start': 20, 'topK': 0}"));
    Sweeps.compile(String.format(epochs, ", 'swag': {'start': 19, 'topK': 0}"));
  }

  @Test
  @DisplayName("a SWAG evaluation that fails (no exact Hessian on this model) records its error; the run goes on")
  void failureIsRecorded() {
    CellResult result = run(SOFTMAX, ", 'swag': {'start': 10, 'every': 5, 'topK': 2}");
    assertEquals(CellStatus.BUDGET, result.status(), result.message());
    List<ProbeRecord> records = swagRecords(result);
    assertEquals(List.of(15L, 20L, 25L, 30L), records.stream().map(ProbeRecord::iteration).toList());
    for (ProbeRecord record : records) {
      assertTrue(((String) record.values().get("error")).contains("exact"), record.values().toString());
    }
    assertEquals(30, result.summary().iterations());
  }

  @Test
  @DisplayName("bad swag fields are refused at validation naming the field: rank, samples (both bounded), every, scale, topK, start")
  void badFields() {
    assertEquals(List.of("sweep.json: $.swag.rank: expected a positive integer, got 0"),
        problems(QUADRATIC, ", 'swag': {'start': 2, 'rank': 0}"));
    assertEquals(List.of("sweep.json: $.swag.rank: expected a positive integer, got -3"),
        problems(QUADRATIC, ", 'swag': {'start': 2, 'rank': -3}"));
    assertEquals(List.of("sweep.json: $.swag.samples: expected a positive integer, got 0"),
        problems(QUADRATIC, ", 'swag': {'start': 2, 'samples': 0}"));
    assertEquals(List.of("sweep.json: $.swag.rank: expected at most 1000 deviations (each as long as the parameters; "
        + "Maddox et al. keep 20), got 1000000000"), problems(QUADRATIC, ", 'swag': {'start': 2, 'rank': 1000000000}"));
    assertEquals(List.of("sweep.json: $.swag.samples: expected at most 10000 (each is a held-out evaluation at every "
        + "checkpoint; Maddox et al. use 30), got 1000000000"),
        problems(QUADRATIC, ", 'swag': {'start': 2, 'samples': 1000000000}"));
    assertEquals(List.of("sweep.json: $.swag.every: expected a positive integer, got 0"),
        problems(QUADRATIC, ", 'swag': {'start': 2, 'every': 0}"));
    assertEquals(List.of("sweep.json: $.swag.scale: expected a positive finite number, got 0"),
        problems(QUADRATIC, ", 'swag': {'start': 2, 'scale': 0}"));
    assertEquals(List.of("sweep.json: $.swag.topK: expected a non-negative integer (0 disables the overlap), got -1"),
        problems(QUADRATIC, ", 'swag': {'start': 2, 'topK': -1}"));
    assertEquals(List.of("sweep.json: $.swag.start: expected a positive integer (the first snapshot's iteration) or "
        + "{\"epochs\": a positive number}, got nothing"), problems(QUADRATIC, ", 'swag': {'every': 2}"));
    assertEquals(List.of("sweep.json: $.swag.start: expected a positive integer (the first snapshot's iteration) or "
        + "{\"epochs\": a positive number}, got 0"), problems(QUADRATIC, ", 'swag': {'start': 0}"));
    assertEquals(List.of("sweep.json: $.swag.probeBatch: expected \"full\" or a positive integer, got 0"),
        problems(QUADRATIC, ", 'swag': {'start': 2, 'probeBatch': 0}"));
  }

  @Test
  @DisplayName("topK above the parameter count and a probe batch above the training set are refused naming the "
      + "model and the field")
  void boundsNeedingTheModel() {
    assertEquals(List.of("sweep.json: $.swag.topK: expected at most 10, the parameter count of model 'quadratic "
        + "dimension=10' ($.models[0]), got 11"), problems(QUADRATIC, ", 'swag': {'start': 2, 'topK': 11}"));
    assertEquals(List.of("sweep.json: $.swag.topK: expected at most 15, the parameter count of model 'fixture-softmax'"
        + " on dataset 'fixture-data' ($.models[0] × $.datasets[0]), got 16"),
        problems(SOFTMAX, ", 'swag': {'start': 2, 'topK': 16}"));
    assertEquals(List.of("sweep.json: $.swag.probeBatch: expected at most 200, the training-set size of model "
        + "'fixture-softmax' on dataset 'fixture-data' ($.models[0] × $.datasets[0]), got 201"),
        problems(SOFTMAX, ", 'swag': {'start': 2, 'topK': 0, 'probeBatch': 201}"));
  }

  @Test
  @DisplayName("a schedule that takes fewer than 2 snapshots within the iteration budget is refused naming start")
  void scheduleNeverFires() {
    assertEquals(List.of("sweep.json: $.swag.start: expected a schedule that takes at least 2 snapshots within the "
        + "budget of 30 iterations, got start 31 and every 1 (0 snapshots)"),
        problems(QUADRATIC, ", 'swag': {'start': 31}"));
    assertEquals(List.of("sweep.json: $.swag.start: expected a schedule that takes at least 2 snapshots within the "
        + "budget of 30 iterations, got start 25 and every 6 (1 snapshot)"),
        problems(QUADRATIC, ", 'swag': {'start': 25, 'every': 6}"));
    // 2 epochs of 200 samples in batches of 20 = iteration 20; every 11 leaves one snapshot in 30.
    assertEquals(List.of("sweep.json: $.swag.start: expected a schedule that takes at least 2 snapshots within the "
        + "budget of 30 iterations for model 'fixture-softmax' on dataset 'fixture-data' ($.models[0] × "
        + "$.datasets[0]) with batch size 20 (start {\"epochs\":2} = iteration 20), got start 20 and every 11 "
        + "(1 snapshot)"), problems(SOFTMAX, ", 'swag': {'start': {'epochs': 2}, 'every': 11, 'topK': 0}"));
    Cell cell = Sweeps.compile(String.format(SOFTMAX, ", 'swag': {'start': {'epochs': 1}, 'every': 10, 'topK': 0}"))
        .cells().get(0);
    assertEquals(new SwagPlan(10, 10, 20, 30, 0.5, 0, 200, 0, 200, 1e-6), cell.swag(),
        "1 epoch = 200 samples / 20 per batch = 10 iterations; the default probe batch 512 capped at 200 samples");
  }

  @Test
  @DisplayName("validate and run both refuse a bad swag block with exit code 2, naming the file and the field")
  void commandLineRefuses(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    Path file = dir.resolve("bad-swag.json");
    java.nio.file.Files.writeString(file, String.format(QUADRATIC, ", 'swag': {'start': 2, 'rank': 0}")
        .replace('\'', '"'));
    String expected = "error: " + file + ": $.swag.rank: expected a positive integer, got 0\n";
    for (String[] args : List.of(new String[] {"validate", file.toString()},
        new String[] {"run", file.toString(), "-o", dir.resolve("out").toString()})) {
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      int code = org.hesstrucks.harness.cli.HessTrucksCommand.execute(args, new java.io.PrintWriter(out, true),
          new java.io.PrintWriter(err, true));
      assertEquals(2, code, args[0]);
      assertEquals(expected, err.toString(), args[0]);
    }
    assertFalse(java.nio.file.Files.exists(dir.resolve("out")), "nothing ran");
  }

  @Test
  @DisplayName("the plan travels in the ticket: a worker rebuilds the cell with the same key; swag changes the key")
  void ticketAndKey() throws Exception {
    String swag = ", 'swag': {'start': {'epochs': 1}, 'every': 2, 'rank': 3, 'topK': 0, 'probeBatch': 'full'}";
    Cell cell = Sweeps.compile(String.format(SOFTMAX, swag)).cells().get(0);
    String json = ResultJson.mapper().writeValueAsString(cell.ticket("s"));
    CellTicket ticket = ResultJson.mapper().readValue(json, CellTicket.class);
    Cell rebuilt = Sweeps.compiler().cell(ticket);
    assertEquals(cell.id(), rebuilt.id());
    assertEquals(cell.swag(), rebuilt.swag());
    assertNotEquals(cell.id(), Sweeps.compile(String.format(SOFTMAX, "")).cells().get(0).id());
  }
}
