package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hesstrucks.cost.CostWeights;
import org.hesstrucks.result.Budget;
import org.hesstrucks.result.Stopping;

/**
 * The top level of a sweep file, as bound (before expansion). Fields the harness owns are typed; plugin
 * blocks stay trees until their plugin's config type is known.
 *
 * @param name the sweep's name, also its results folder; default: the file name without extension
 * @param description free text for the report
 * @param seeds run seeds; default [1]
 * @param batchSize an integer, "full", or a list of those (a grid axis); default "full"
 * @param budget default {"iterations": 1000}
 * @param stopping default: no convergence test, divergence at 1e6 × the initial loss
 * @param evaluateEvery checkpoint interval: an integer number of iterations, or {@code {"epochs": x}} for every x
 *     epochs of the cell's batch size (iterations = max(1, round(x · training size / batch size))); default 1
 * @param costWeights how values and Hessian-vector products count in gradient-equivalents
 * @param optimizers optimizer blocks, each with an "id"
 * @param models model blocks
 * @param datasets dataset blocks, for models that need data
 * @param tuning how optimizer blocks with a {@code tune} field are tuned
 * @param probes probe blocks ({@code {"id": ..., "every": k, ...}}) run at checkpoints
 * @param swag SWA/SWAG collection for every cell ({@link SwagSettings}), or null for none
 */
public record SweepSettings(
    String name,
    String description,
    List<Long> seeds,
    JsonNode batchSize,
    Budget budget,
    Stopping stopping,
    JsonNode evaluateEvery,
    CostWeights costWeights,
    List<JsonNode> optimizers,
    List<JsonNode> models,
    List<JsonNode> datasets,
    TuningSettings tuning,
    List<JsonNode> probes,
    JsonNode swag) {
  public SweepSettings {
    probes = probes == null ? List.of() : List.copyOf(probes);
    tuning = tuning == null ? TuningSettings.defaults() : tuning;
    seeds = seeds == null ? List.of(1L) : List.copyOf(seeds);
    budget = budget == null ? new Budget(1000L, null, null, null) : budget;
    stopping = stopping == null ? Stopping.none() : stopping;
    evaluateEvery = evaluateEvery == null ? com.fasterxml.jackson.databind.node.IntNode.valueOf(1) : evaluateEvery;
    costWeights = costWeights == null ? CostWeights.DEFAULT : costWeights;
    optimizers = optimizers == null ? List.of() : optimizers;
    models = models == null ? List.of() : models;
    datasets = datasets == null ? List.of() : datasets;
    description = description == null ? "" : description;
  }
}
