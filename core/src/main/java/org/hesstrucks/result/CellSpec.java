package org.hesstrucks.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Everything that defines one cell: which plugins with which configs, the batch size, the seed, the budget
 * and the stopping rule. Its canonical JSON (with the plugins' versions) is hashed into the cell id.
 *
 * @param optimizer the optimizer block, id included, with this cell's axis values filled in
 * @param model the model block
 * @param dataset the dataset block, or null for a model without data
 * @param batchSize samples per step, or 0 for the full training set ("full" in sweep files)
 * @param seed the run's seed
 * @param budget when the cell stops for lack of budget
 * @param stopping when the cell has converged or diverged
 * @param evaluateEvery the full objective is evaluated every this many iterations (and at the end)
 * @param optimizerLabel the optimizer with its axis values, for legends: {@code gd shrink=0.5}
 * @param problemLabel the model and dataset with their axis values, for panels: {@code quadratic conditionNumber=100}
 * @param axes this cell's value on each grid axis, by axis name ({@code optimizer.lineSearch.shrink})
 * @param tuningRole "trial" for a cell that tries a hyperparameter on the tuning seed, "final" for a cell run
 *     with the chosen value, null for a cell outside any tuning; part of the cell's identity
 */
public record CellSpec(
    JsonNode optimizer,
    JsonNode model,
    JsonNode dataset,
    int batchSize,
    long seed,
    Budget budget,
    Stopping stopping,
    int evaluateEvery,
    String optimizerLabel,
    String problemLabel,
    Map<String, JsonNode> axes,
    String tuningRole) {

  /** A cell outside any tuning. */
  public CellSpec(JsonNode optimizer, JsonNode model, JsonNode dataset, int batchSize, long seed, Budget budget,
      Stopping stopping, int evaluateEvery, String optimizerLabel, String problemLabel, Map<String, JsonNode> axes) {
    this(optimizer, model, dataset, batchSize, seed, budget, stopping, evaluateEvery, optimizerLabel, problemLabel,
        axes, null);
  }

  public CellSpec {
    // Jackson reads a JSON null into a JsonNode component as a NullNode; "no dataset" is null, also after a
    // result file is read back.
    dataset = dataset == null || dataset.isNull() ? null : dataset;
  }

  /** True when each step uses the whole training set. */
  public boolean fullBatch() {
    return batchSize == 0;
  }
}
