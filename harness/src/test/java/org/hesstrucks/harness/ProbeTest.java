package org.hesstrucks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hesstrucks.harness.run.CellRunner;
import org.hesstrucks.harness.run.ProvenanceCollector;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.SweepException;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ProbeRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProbeTest {
  private static final String SWEEP = "{'budget': {'iterations': 7}, 'evaluateEvery': 2, 'probes': [%s],"
      + " 'optimizers': [{'id': 'gd'}], 'models': [{'id': 'quadratic', 'dimension': 10}]}";

  private static CellResult run(String probes) {
    CompiledSweep sweep = Sweeps.compile(String.format(SWEEP, probes));
    return new CellRunner(Sweeps.CATALOG, new ProvenanceCollector(), Sweeps.compiler())
        .run(sweep.cells().get(0), "s", Path.of("."));
  }

  @Test
  @DisplayName("a probe runs at every k-th checkpoint and at the last one, timed apart, its values recorded")
  void probeSchedule() {
    CellResult result = run("{'id': 'fixture-norm', 'every': 2}");
    assertEquals(CellStatus.BUDGET, result.status());
    // checkpoints at iterations 0, 2, 4, 6, 7: every 2nd is 0 and 4, plus the last (7)
    assertEquals(List.of(0L, 4L, 7L), result.probes().stream().map(ProbeRecord::iteration).toList());
    ProbeRecord first = result.probes().get(0);
    assertEquals("fixture-norm", first.probe());
    assertTrue(first.seconds() >= 0);
    assertTrue(((Number) first.values().get("norm")).doubleValue() > 0);
    assertNotEquals(first.values(), result.probes().get(2).values(), "θ moved between checkpoints");
    assertTrue(result.summary().evaluationSeconds() >= first.seconds());
    assertEquals("0.0.1-test", result.provenance().plugins().get("probe:fixture-norm"));
  }

  @Test
  @DisplayName("a probe that throws records its error and the run goes on")
  void failingProbe() {
    CellResult result = run("{'id': 'fixture-norm', 'failAt': 4}");
    assertEquals(CellStatus.BUDGET, result.status());
    ProbeRecord failed = result.probes().stream().filter(p -> p.iteration() == 4).findFirst().orElseThrow();
    assertEquals(Map.of("error", "IllegalStateException: probe failed on purpose"), failed.values());
    assertEquals(5, result.probes().size(), "one record at each of the checkpoints 0, 2, 4, 6 and 7");
  }

  @Test
  @DisplayName("probe blocks are validated: unknown id, bad every, unknown option")
  void badProbeBlocks() {
    assertEquals(List.of("sweep.json: $.probes[0].id: unknown probe 'fixture-nrom'; known: fixture-norm "
        + "(did you mean 'fixture-norm'?)"), assertThrows(SweepException.class,
            () -> Sweeps.compile(String.format(SWEEP, "{'id': 'fixture-nrom'}"))).problems());
    assertEquals(List.of("sweep.json: $.probes[0].every: expected a positive integer (every how many checkpoints), "
        + "got 0"), assertThrows(SweepException.class,
            () -> Sweeps.compile(String.format(SWEEP, "{'id': 'fixture-norm', 'every': 0}"))).problems());
    assertEquals(List.of("sweep.json: $.probes[0].failat: expected one of the fields failAt, maxParameters, got "
        + "unknown field 'failat'"), assertThrows(SweepException.class,
            () -> Sweeps.compile(String.format(SWEEP, "{'id': 'fixture-norm', 'failat': 3}"))).problems());
  }

  @Test
  @DisplayName("a probe's check against each model runs at validation: its problems are refused with the block's "
      + "path and the model, before anything runs")
  void probeCheckedAgainstModels() {
    assertEquals(List.of("sweep.json: $.probes[1].maxParameters: expected at least 10, the parameter count of model "
        + "'quadratic dimension=10' ($.models[0]), got 9"), assertThrows(SweepException.class,
            () -> Sweeps.compile(String.format(SWEEP, "{'id': 'fixture-norm'}, {'id': 'fixture-norm', "
                + "'maxParameters': 9}"))).problems());
    assertEquals(1, Sweeps.compile(String.format(SWEEP, "{'id': 'fixture-norm', 'maxParameters': 10}")).cells().size());
  }

  @Test
  @DisplayName("adding a probe changes the cell key, so the cell reruns with it")
  void probesInKey() {
    String without = Sweeps.compile(String.format(SWEEP, "")).cells().get(0).id();
    String with = Sweeps.compile(String.format(SWEEP, "{'id': 'fixture-norm'}")).cells().get(0).id();
    assertNotEquals(without, with);
  }
}
