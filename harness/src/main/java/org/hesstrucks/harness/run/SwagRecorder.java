package org.hesstrucks.harness.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hesstrucks.analysis.CountingOperator;
import org.hesstrucks.analysis.probing.Measurement;
import org.hesstrucks.analysis.probing.ProbeBatches;
import org.hesstrucks.analysis.spectrum.Eigenpairs;
import org.hesstrucks.analysis.spectrum.Lanczos;
import org.hesstrucks.analysis.spectrum.NumericalRank;
import org.hesstrucks.analysis.spectrum.SubspaceEnergy;
import org.hesstrucks.analysis.spectrum.Which;
import org.hesstrucks.analysis.swag.SwagCollector;
import org.hesstrucks.analysis.swag.SwagOverlap;
import org.hesstrucks.analysis.swag.SwagPosterior;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.harness.sweep.SwagPlan;
import org.hesstrucks.model.HeldOutPredictions;
import org.hesstrucks.model.Model;
import org.hesstrucks.objective.Objective;

/**
 * One cell's SWA/SWAG (Maddox et al. 2019, "A Simple Baseline for Bayesian Uncertainty in Deep Learning"): it
 * collects snapshots of θ on the plan's schedule into a {@link SwagCollector} (allocated once: K × n doubles;
 * collection allocates nothing) and, at a checkpoint, measures the values of the {@code "swag"} probe record:
 * held-out metrics at the SWA mean, of the SWAG predictive average over S samples (when the model offers
 * {@link Model#heldOutPredictions()}), the training loss at the SWA mean, the deviation matrix's spectrum, and
 * the overlap of its span with the top-k Hessian eigenspace at the SWA mean on the probe batch, and (with
 * {@code nullSpaceK}) the share of its energy in the near-null space of the Gauss-Newton matrix G at the SWA mean
 * (the draft's §2 null-space test), beside the share a random direction would have, 1 − rank(G)/p.
 *
 * <p>Randomness: the samples at iteration t come from a {@link SplittableRandom} seeded by the cell's seed and t;
 * Lanczos starts from the cell's seed and the probe batch is the probes' (same seed, same size, same samples),
 * so a rerun is bit-for-bit identical.
 */
final class SwagRecorder {
  /** The probe id the records carry. */
  static final String PROBE_ID = "swag";
  /** Mixes the iteration into the sampling seed (the golden-ratio increment of SplitMix64). */
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final SwagPlan plan;
  private final Model model;
  private final Objective training;
  private final long seed;
  private final SwagCollector collector;
  private final HeldOutPredictions predictions;
  private final double[] sample;
  private final double[] predicted;
  private final double[] averaged;

  /**
   * @param training the uncounted full training objective, for the training loss at the SWA mean
   */
  SwagRecorder(SwagPlan plan, Model model, Objective training, long seed) {
    this.plan = plan;
    this.model = model;
    this.training = training;
    this.seed = seed;
    int n = model.dimension();
    this.collector = new SwagCollector(n, plan.rank());
    Optional<HeldOutPredictions> hook = model.heldOutPredictions();
    this.predictions = hook.orElse(null);
    this.sample = new double[n];
    this.predicted = predictions == null ? null : new double[predictions.width()];
    this.averaged = predictions == null ? null : new double[predictions.width()];
  }

  /** Takes a snapshot of {@code theta} if one is due after iteration {@code t}; true when it did. */
  boolean collectIfDue(long t, double[] theta) {
    if (!plan.due(t)) {
      return false;
    }
    collector.collect(theta);
    return true;
  }

  /** The snapshots so far. */
  long snapshots() {
    return collector.snapshots();
  }

  /**
   * The record's values at iteration {@code t}; a failure (a thrown exception, a non-finite value) becomes
   * {@code {"error": ..., "seconds": ...}} and never ends the run.
   *
   * @param iterate the held-out metrics at the current iterate, from the checkpoint
   */
  Map<String, Object> measure(long t, Map<String, Double> iterate) {
    return Measurement.guarded(() -> values(t, iterate));
  }

  private Map<String, Object> values(long t, Map<String, Double> iterate) {
    SwagPosterior posterior = collector.posterior();
    double[] mean = posterior.mean();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("snapshots", posterior.snapshots());
    values.put("rank", posterior.rank());
    values.put("samples", plan.samples());
    Map<String, Double> atMean = model.heldOutMetrics(mean);
    putMetrics(values, "swa", atMean);
    if (predictions != null) {
      SplittableRandom random = new SplittableRandom(seed * GOLDEN + t);
      java.util.Arrays.fill(averaged, 0);
      for (int s = 0; s < plan.samples(); s++) {
        posterior.sample(random, plan.scale(), sample);
        predictions.predict(sample, predicted);
        for (int i = 0; i < averaged.length; i++) {
          averaged[i] += predicted[i];
        }
      }
      double inverse = 1.0 / plan.samples();
      for (int i = 0; i < averaged.length; i++) {
        averaged[i] *= inverse;
      }
      putMetrics(values, "swag", predictions.metrics(averaged));
    }
    putMetrics(values, "iterate", iterate);
    values.put("trainLossAtSwa", training.value(mean));
    values.put("diagonalVariance", posterior.varianceSum());
    values.put("deviationEnergy", posterior.deviationEnergy());
    long products = 0;
    if (plan.topK() > 0) {
      SwagOverlap overlap = SwagOverlap.measure(
          model.curvatureAt(mean, ProbeBatches.select(plan.probeBatch(), model.trainingSize(), seed),
              CurvatureMode.EXACT),
          posterior.deviations(), plan.topK(), SwagOverlap.defaultSteps(plan.topK(), model.dimension()), seed);
      values.put("overlap", overlap.overlap());
      values.put("principalAngles", overlap.principalAngles());
      values.put("hessianTop", overlap.eigenvalues());
      values.put("hessianResiduals", overlap.residuals());
      products = overlap.products();
    }
    if (plan.nullSpaceK() > 0) {
      products += nullSpace(posterior, values);
    }
    values.put("products", products);
    return values;
  }

  /**
   * Puts G's numerical rank at the SWA mean and the near-null share of the deviations; a failure here (a model
   * without Gauss-Newton products, a non-finite Ritz value) is recorded as {@code nullSpaceError} and leaves the
   * rest of the record standing. Returns the products spent.
   */
  private long nullSpace(SwagPosterior posterior, Map<String, Object> values) {
    double[] mean = posterior.mean();
    CountingOperator g = null;
    try {
      g = new CountingOperator(model.curvatureAt(mean,
          ProbeBatches.select(plan.nullSpaceBatch(), model.trainingSize(), seed), CurvatureMode.GAUSS_NEWTON));
      int k = plan.nullSpaceK();
      Lanczos run = Lanczos.run(g, SwagOverlap.defaultSteps(k, model.dimension()), seed);
      Eigenpairs top = run.eigenpairs(Which.LARGEST, k);
      for (double value : top.values()) {
        if (!Double.isFinite(value)) {
          throw new IllegalArgumentException("Lanczos on G gave a non-finite Ritz value " + value);
        }
      }
      int rank = NumericalRank.of(top.values(), plan.nullSpaceTolerance());
      values.put("gaussNewtonRank", rank);
      values.put("gaussNewtonRankIsLowerBound", rank == top.count());
      values.put("nearNullShare", SubspaceEnergy.nearNullShare(top, posterior.deviations(),
          plan.nullSpaceTolerance()));
      values.put("randomNearNullShare", 1 - (double) rank / model.dimension());
    } catch (RuntimeException e) {
      values.put("nullSpaceError", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return g == null ? 0 : g.products();
  }

  /** "swaLoss", "swaAccuracy" from {"loss", "accuracy"}; a metric the model does not report is left out. */
  private static void putMetrics(Map<String, Object> values, String prefix, Map<String, Double> metrics) {
    Double loss = metrics.get("loss");
    if (loss != null) {
      values.put(prefix + "Loss", loss);
    }
    Double accuracy = metrics.get("accuracy");
    if (accuracy != null) {
      values.put(prefix + "Accuracy", accuracy);
    }
  }
}
