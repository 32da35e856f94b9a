package org.hesstrucks.model;

import java.util.Map;

/**
 * A model's predictions on its held-out split, so that predictions at several parameter vectors can be
 * averaged (a Bayesian model average, as SWAG forms over its samples) and the average scored with the same
 * metrics as {@link Model#heldOutMetrics(double[])}.
 *
 * <p>Lifecycle: the harness asks {@link Model#heldOutPredictions()} once per run, allocates two buffers of
 * {@link #width()} doubles, calls {@link #predict} once per parameter sample (summing into its own buffer),
 * divides, and calls {@link #metrics} on the average. An implementation may share workspaces with its model:
 * use one at a time. For one parameter vector x, {@code metrics(predict(x))} equals
 * {@code heldOutMetrics(x)} up to rounding.
 */
public interface HeldOutPredictions {
  /** The number of doubles one prediction fills: held-out rows × outputs, row-major. */
  int width();

  /**
   * Writes the predictions at {@code x}: class probabilities (the softmax of the outputs) for a classifier,
   * the outputs themselves for a regression.
   *
   * @param x the parameters; not modified
   * @param out length {@link #width()}; modified
   */
  void predict(double[] x, double[] out);

  /**
   * The held-out metrics of {@code predictions} (for example a mean of {@link #predict} outputs), with the
   * keys and definitions of {@link Model#heldOutMetrics(double[])}: "loss" (cross-entropy −log p_y of the
   * given probabilities, or the mean squared error of the given outputs, averaged over the held-out rows)
   * and, for a classifier, "accuracy" (share of rows whose largest probability is their label).
   *
   * @param predictions length {@link #width()}; not modified
   */
  Map<String, Double> metrics(double[] predictions);
}
