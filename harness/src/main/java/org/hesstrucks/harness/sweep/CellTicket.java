package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hesstrucks.cost.CostWeights;
import org.hesstrucks.result.CellSpec;
import org.hesstrucks.result.TuningRecord;

/**
 * A cell as it travels to a worker (a local worker JVM, a cluster task): JSON, independent of the sweep
 * file, rebuilt into a {@link Cell} by {@link SweepCompiler#cell(CellTicket)} with the same key.
 *
 * @param sweep the sweep's name
 * @param spec the cell's spec (concrete plugin blocks, seed, budget, ...)
 * @param costWeights the sweep's weights
 * @param tuning the tuning record the result carries, or null
 * @param probes the probe blocks (with their harness-owned {@code every})
 * @param datasetIdentity the content identity of the cell's data, or null
 * @param swag the cell's resolved SWA/SWAG plan, or null for none
 */
public record CellTicket(String sweep, CellSpec spec, CostWeights costWeights, TuningRecord tuning,
    List<JsonNode> probes, String datasetIdentity, SwagPlan swag) {
  public CellTicket {
    probes = probes == null ? List.of() : List.copyOf(probes);
  }
}
