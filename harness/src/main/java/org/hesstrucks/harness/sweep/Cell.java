package org.hesstrucks.harness.sweep;

import org.hesstrucks.cost.CostWeights;
import org.hesstrucks.result.CellSpec;

/**
 * One run of the grid: its spec (what the result records), the bound configs, and its key.
 *
 * @param id the key: a hash of the spec's canonical JSON, the cost weights and the plugin versions
 * @param spec what runs
 * @param optimizer the bound optimizer config, with its plugin
 * @param model the bound model config, with its plugin
 * @param dataset the bound dataset config, or null
 * @param costWeights the sweep's weights
 */
public record Cell(String id, CellSpec spec, BoundBlock optimizer, BoundBlock model, BoundBlock dataset,
    CostWeights costWeights) {}
