package org.hesstrucks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hesstrucks.harness.run.CellRunner;
import org.hesstrucks.harness.run.ProvenanceCollector;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.SweepException;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sweeps on data: mini-batches, epochs, held-out metrics, target accuracy, and data-dependent validation. */
class DataSweepTest {
  private static final String DATA = "'datasets': [{'id': 'fixture-data'}], 'models': [{'id': 'fixture-softmax'}]";

  private static CellResult run(Cell cell) {
    return new CellRunner(Sweeps.CATALOG, new ProvenanceCollector(), Sweeps.compiler()).run(cell, "s", Path.of("."));
  }

  @Test
  @DisplayName("mini-batches are charged per sample: 40 steps of 50 on 200 samples are 10 epochs")
  void epochsCountSamples() {
    CompiledSweep sweep = Sweeps.compile("{'batchSize': 50, 'budget': {'epochs': 10}, 'evaluateEvery': 4,"
        + " 'optimizers': [{'id': 'gd'}], " + DATA + "}");
    CellResult result = run(sweep.cells().get(0));
    assertEquals(CellStatus.BUDGET, result.status(), result.message());
    // gd: one gradient per step (50 samples) plus its Armijo values (50 samples each, weight 0.5)
    double epochs = result.summary().epochs();
    assertEquals(result.summary().gradientEquivalents() / 200, epochs, 1e-12);
    assertTrue(epochs >= 10 && epochs < 10 + 1.5 * 50 / 200.0 * 10, "stopped at the first step past 10 epochs");
    assertEquals(50L * result.summary().cost().gradientCalls(), result.summary().cost().sampleGradients());
    assertTrue(result.trace().heldOut().get("accuracy").length == result.trace().iteration().length);
    String identity = "fixture-data:Config[rows=200, testRows=100, columns=4, classes=3, failWith=null]";
    assertEquals(identity, sweep.cells().get(0).datasetIdentity());
    assertEquals(identity, result.provenance().extra().get("datasetIdentity"));
  }

  @Test
  @DisplayName("a target held-out accuracy ends the cell as converged at the checkpoint that reaches it")
  void targetAccuracy() {
    CompiledSweep sweep = Sweeps.compile("{'stopping': {'targetAccuracy': 0.9}, 'budget': {'iterations': 500},"
        + " 'optimizers': [{'id': 'gd'}], " + DATA + "}");
    CellResult result = run(sweep.cells().get(0));
    assertEquals(CellStatus.CONVERGED, result.status(), result.message());
    double[] accuracy = result.trace().heldOut().get("accuracy");
    assertTrue(accuracy[accuracy.length - 1] >= 0.9);
    assertTrue(result.message().startsWith("held-out accuracy "), result.message());
    for (int i = 0; i < accuracy.length - 1; i++) {
      assertTrue(accuracy[i] < 0.9, "it should have stopped at checkpoint " + i);
    }
  }

  @Test
  @DisplayName("a batch larger than the training set, a model that does not fit its data, and unloadable data "
      + "are refused at validation, naming both")
  void dataValidation() {
    assertEquals(List.of("sweep.json: $.batchSize[1]: batch size 500 is larger than the training set of fixture-data "
            + "($.datasets[0], 200 samples)"),
        assertThrows(SweepException.class, () -> Sweeps.compile("{'batchSize': [50, 500], 'optimizers': [{'id': 'gd'}], "
            + DATA + "}")).problems());
    assertEquals(List.of("sweep.json: $.models[0] × $.datasets[0]: model 'fixture-softmax inputs=3' does not fit "
            + "dataset 'fixture-data': inputs: expected the dataset's 4 columns, got 3"),
        assertThrows(SweepException.class, () -> Sweeps.compile("{'optimizers': [{'id': 'gd'}], 'datasets': [{'id': "
            + "'fixture-data'}], 'models': [{'id': 'fixture-softmax', 'inputs': 3}]}")).problems());
    assertEquals(List.of("sweep.json: $.datasets[0]: dataset 'fixture-data' cannot be loaded: data.bin: truncated"),
        assertThrows(SweepException.class, () -> Sweeps.compile("{'optimizers': [{'id': 'gd'}], 'datasets': [{'id': "
            + "'fixture-data', 'failWith': 'data.bin: truncated'}], 'models': [{'id': 'fixture-softmax'}]}")).problems());
    assertEquals(List.of("sweep.json: $.models[0]: model 'fixture-softmax' needs a dataset; add a \"datasets\" block"),
        assertThrows(SweepException.class, () -> Sweeps.compile("{'optimizers': [{'id': 'gd'}], 'models': [{'id': "
            + "'fixture-softmax'}]}")).problems());
  }

  @Test
  @DisplayName("evaluateEvery in epochs becomes an iteration interval per batch size: 0.5 epoch of 200 samples")
  void checkpointsInEpochs() {
    CompiledSweep sweep = Sweeps.compile("{'batchSize': [20, 50, 'full'], 'evaluateEvery': {'epochs': 0.5},"
        + " 'optimizers': [{'id': 'gd'}], " + DATA + "}");
    assertEquals(List.of(5, 2, 1), sweep.cells().stream().map(c -> c.spec().evaluateEvery()).toList());
    assertEquals(List.of("sweep.json: $.evaluateEvery: expected a positive integer (iterations) or {\"epochs\": a "
            + "positive number}, got {\"epochs\":0}"),
        assertThrows(SweepException.class, () -> Sweeps.compile("{'evaluateEvery': {'epochs': 0},"
            + " 'optimizers': [{'id': 'gd'}], " + DATA + "}")).problems());
  }

  @Test
  @DisplayName("a model's warning about the curvature an optimizer asks of it is printed once, with both paths")
  void curvatureWarnings() {
    CompiledSweep sweep = Sweeps.compile("{'optimizers': [{'id': 'fixture-lists', 'curvature': "
        + "['forward-difference', 'central-difference']}, {'id': 'fixture-lists', 'curvature': 'forward-difference',"
        + " 'memory': 3}], " + DATA + "}");
    assertEquals(List.of("$.optimizers[0].curvature × $.models[0]: fixture-softmax: forward differences are rough "
        + "here", "$.optimizers[1].curvature × $.models[0]: fixture-softmax: forward differences are rough here"),
        sweep.warnings());
  }

  @Test
  @DisplayName("a model's warning about running here at all is printed once per model block, with its path")
  void modelWarnings() {
    CompiledSweep sweep = Sweeps.compile("{'optimizers': [{'id': 'gd'}, {'id': 'fixture-lists'}], "
        + "'datasets': [{'id': 'fixture-data'}], 'models': [{'id': 'fixture-softmax', 'note': 'slow kernels'}, "
        + "{'id': 'fixture-softmax'}]}");
    assertEquals(List.of("$.models[0]: fixture-softmax: slow kernels"), sweep.warnings());
  }
}
