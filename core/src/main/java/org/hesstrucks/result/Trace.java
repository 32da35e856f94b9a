package org.hesstrucks.result;

import java.util.Map;

/**
 * The course of a cell, column by column. Checkpoint columns have one entry per checkpoint (iteration 0,
 * every {@code evaluateEvery} iterations, and the last); telemetry columns have one entry per iteration, NaN
 * (null in JSON) where the optimizer recorded nothing.
 *
 * @param iteration checkpoint iterations
 * @param epochs cost in epochs at each checkpoint
 * @param gradientEquivalents cost in gradient-equivalents at each checkpoint
 * @param seconds optimizer seconds at each checkpoint
 * @param loss full training loss
 * @param gradientNorm full training gradient norm
 * @param heldOut held-out metrics by name ("loss", "accuracy"), one entry per checkpoint
 * @param telemetry per-iteration series by name: "batchLoss" and "stepLength" for every optimizer, and
 *     whatever the optimizer recorded
 */
public record Trace(
    long[] iteration,
    double[] epochs,
    double[] gradientEquivalents,
    double[] seconds,
    double[] loss,
    double[] gradientNorm,
    Map<String, double[]> heldOut,
    Map<String, double[]> telemetry) {}
