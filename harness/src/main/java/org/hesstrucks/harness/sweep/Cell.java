package org.hesstrucks.harness.sweep;

import java.util.List;
import org.hesstrucks.cost.CostWeights;
import org.hesstrucks.result.CellSpec;
import org.hesstrucks.result.TuningRecord;

/**
 * One run of the grid: its spec (what the result records), the bound configs, and its key.
 *
 * @param id the key: a hash of the spec's canonical JSON, the cost weights and the plugin versions
 * @param spec what runs
 * @param optimizer the bound optimizer config, with its plugin
 * @param model the bound model config, with its plugin
 * @param dataset the bound dataset config, or null
 * @param costWeights the sweep's weights
 * @param tuning for a tuned optimizer's cells, what the result records about the tuning; else null
 * @param probes the probes to run at checkpoints
 * @param datasetIdentity the content identity of the cell's data, or null without data
 * @param swag SWA/SWAG as this cell runs it, or null for none
 */
public record Cell(String id, CellSpec spec, BoundBlock optimizer, BoundBlock model, BoundBlock dataset,
    CostWeights costWeights, TuningRecord tuning, List<BoundProbe> probes, String datasetIdentity,
    SwagPlan swag) {
  /** This cell with its tuning record (a final cell learns what was tried only after the trials ran). */
  public Cell withTuning(TuningRecord record) {
    return new Cell(id, spec, optimizer, model, dataset, costWeights, record, probes, datasetIdentity, swag);
  }

  /** What a worker needs to rebuild this cell: it travels as JSON. */
  public CellTicket ticket(String sweep) {
    return new CellTicket(sweep, spec, costWeights, tuning, probes.stream().map(BoundProbe::block).toList(),
        datasetIdentity, swag);
  }
}
