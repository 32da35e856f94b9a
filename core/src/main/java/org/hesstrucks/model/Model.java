package org.hesstrucks.model;

import java.util.Map;
import java.util.Optional;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;

/** A loss over a training set as a function of a flat parameter vector; one instance per run. */
public interface Model {
  /** The number of parameters. */
  int dimension();

  /** The number of training samples; 1 for a model without data. */
  int trainingSize();

  /**
   * Writes the initial parameters for {@code seed} into {@code out}: the same seed gives the same bits.
   *
   * @param out length {@link #dimension()}; modified
   */
  void initialParameters(long seed, double[] out);

  /**
   * The training loss on {@code batch} (the mean over its samples). The objective may reuse workspaces
   * shared with other objectives of this model: use one at a time.
   */
  Objective objective(Batch batch);

  /**
   * The curvature of the loss on {@code batch} at {@code x}: built once (caching what products reuse),
   * applied many times. Same as {@code objective(batch).curvatureAt(x, mode)}.
   */
  default CurvatureOperator curvatureAt(double[] x, Batch batch, CurvatureMode mode) {
    return objective(batch).curvatureAt(x, mode);
  }

  /** The loss on the whole training set. */
  default Objective trainingObjective() {
    return objective(Batch.full(trainingSize()));
  }

  /**
   * Metrics on the held-out split at {@code x} ("loss", "accuracy"), or an empty map for a model without
   * held-out data.
   *
   * @param x the parameters; not modified
   */
  default Map<String, Double> heldOutMetrics(double[] x) {
    return Map.of();
  }

  /**
   * Predictions on the held-out split that can be averaged over parameter samples and scored (what SWAG's
   * predictive average needs), or empty for a model without held-out data or without this hook (the default).
   * Call once per run: the returned object may share workspaces with this model.
   */
  default Optional<HeldOutPredictions> heldOutPredictions() {
    return Optional.empty();
  }

  /**
   * Facts about how this model computes that belong in every result's provenance, such as the BLAS
   * implementation and its thread count ({@code "blas" -> "OpenBLAS 0.3.31 (haswell), 1 thread"}).
   */
  default Map<String, String> provenance() {
    return Map.of();
  }
}
