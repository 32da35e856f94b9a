package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import org.hesstrucks.analysis.probing.ProbeBatches;
import org.hesstrucks.analysis.spectrum.NumericalRank;
import org.hesstrucks.core.ConfigException;

/**
 * The sweep's {@code "swag"} block as bound: SWA and SWAG (Maddox et al. 2019, "A Simple Baseline for Bayesian
 * Uncertainty in Deep Learning") collected on a schedule for every cell, whatever its optimizer. Checks that need
 * the model (parameter count, training size) and the budget are the compiler's; see {@link SwagPlan}.
 *
 * @param start the first snapshot's iteration: a positive integer, or {@code {"epochs": x}} (x > 0) turned per
 *     cell into max(1, round(x · training size / batch size)) iterations like {@code evaluateEvery}; required
 * @param every iterations between snapshots; default {@value #DEFAULT_EVERY}
 * @param rank K, the deviations kept (the rank of SWAG's low-rank part); default {@value #DEFAULT_RANK}
 * @param samples S, the SWAG samples averaged for the predictive; default {@value #DEFAULT_SAMPLES}
 * @param scale SWAG's covariance scale; default {@value #DEFAULT_SCALE} (the paper's)
 * @param topK the Hessian eigenspace size for the overlap; 0 disables it; default {@value #DEFAULT_TOP_K}
 * @param probeBatch the batch for the Hessian products: {@code "full"} or a sample count; default
 *     {@value #DEFAULT_PROBE_BATCH} capped at the training size
 * @param nullSpaceK the Gauss-Newton eigenpairs for the null-space share (the share of SWAG's deviation energy in
 *     G's near-null space on {@code nullSpaceBatch}); 0 (default) disables it. G over m samples has rank at most
 *     m × outputs, so k above that rank finds G's whole numerical range
 * @param nullSpaceBatch the batch for G: {@code "full"} or a sample count; default {@code probeBatch}'s
 * @param nullSpaceTolerance an eigenvalue of G counts toward its range when above this × the largest; default
 *     {@link NumericalRank#DEFAULT_TOLERANCE}, as the null-space probe's; in [0, 1)
 */
public record SwagSettings(JsonNode start, Integer every, Integer rank, Integer samples, Double scale,
    Integer topK, Object probeBatch, Integer nullSpaceK, Object nullSpaceBatch, Double nullSpaceTolerance) {
  /** The most deviations {@code rank} may keep. */
  public static final int MAX_RANK = 1000;
  /** The most SWAG samples {@code samples} may average. */
  public static final int MAX_SAMPLES = 10_000;

  public static final int DEFAULT_EVERY = 1;
  public static final int DEFAULT_RANK = 20;
  public static final int DEFAULT_SAMPLES = 30;
  public static final double DEFAULT_SCALE = 0.5;
  public static final int DEFAULT_TOP_K = 10;
  public static final int DEFAULT_PROBE_BATCH = 512;

  public SwagSettings {
    boolean iterations = start != null && start.isIntegralNumber() && start.canConvertToLong() && start.asLong() > 0;
    boolean epochs = start != null && start.isObject() && start.size() == 1 && start.has("epochs")
        && start.get("epochs").isNumber() && start.get("epochs").asDouble() > 0
        && Double.isFinite(start.get("epochs").asDouble());
    if (!iterations && !epochs) {
      throw new ConfigException("start", "a positive integer (the first snapshot's iteration) or {\"epochs\": a "
          + "positive number}", start == null ? "nothing" : start);
    }
    every = every == null ? DEFAULT_EVERY : ConfigException.requirePositive("every", every);
    rank = rank == null ? DEFAULT_RANK : ConfigException.requirePositive("rank", rank);
    samples = samples == null ? DEFAULT_SAMPLES : ConfigException.requirePositive("samples", samples);
    if (rank > MAX_RANK) { // each deviation is as long as θ: 10⁹ of them ran a worker out of memory
      throw new ConfigException("rank", "at most " + MAX_RANK + " deviations (each as long as the parameters; "
          + "Maddox et al. keep 20)", rank);
    }
    if (samples > MAX_SAMPLES) { // each sample is a held-out evaluation at every checkpoint
      throw new ConfigException("samples", "at most " + MAX_SAMPLES + " (each is a held-out evaluation at every "
          + "checkpoint; Maddox et al. use 30)", samples);
    }
    scale = scale == null ? DEFAULT_SCALE : ConfigException.requirePositive("scale", scale);
    topK = topK == null ? DEFAULT_TOP_K : topK;
    if (topK < 0) {
      throw new ConfigException("topK", "a non-negative integer (0 disables the overlap)", topK);
    }
    probeBatch = probeBatch == null ? null : ProbeBatches.validate("probeBatch", probeBatch);
    nullSpaceK = nullSpaceK == null ? 0 : nullSpaceK;
    if (nullSpaceK < 0) {
      throw new ConfigException("nullSpaceK", "a non-negative integer (0 disables the null-space share)", nullSpaceK);
    }
    nullSpaceBatch = nullSpaceBatch == null ? null : ProbeBatches.validate("nullSpaceBatch", nullSpaceBatch);
    nullSpaceTolerance = nullSpaceTolerance == null ? NumericalRank.DEFAULT_TOLERANCE : nullSpaceTolerance;
    if (!(nullSpaceTolerance >= 0 && nullSpaceTolerance < 1)) {
      throw new ConfigException("nullSpaceTolerance", "a number in [0, 1)", nullSpaceTolerance);
    }
  }

  /**
   * The resolved plan for a cell.
   *
   * @param batchSize the cell's batch size, 0 for the full training set
   * @param trainingSize the model's training-set size
   */
  public SwagPlan plan(int batchSize, int trainingSize) {
    long first;
    if (start.isObject()) {
      int samplesPerStep = batchSize == 0 ? trainingSize : batchSize;
      first = Math.max(1, Math.round(start.get("epochs").asDouble() * trainingSize / samplesPerStep));
    } else {
      first = start.asLong();
    }
    Object batch = probeBatch == null ? (Object) Math.min(DEFAULT_PROBE_BATCH, trainingSize) : probeBatch;
    return new SwagPlan(first, every, rank, samples, scale, topK, batch, nullSpaceK,
        nullSpaceBatch == null ? batch : nullSpaceBatch, nullSpaceTolerance);
  }
}
