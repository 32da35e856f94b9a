package org.hesstrucks.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.model.HeldOutPredictions;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.plugin.LoadedPlugin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every model plugin must do: gradients and every offered curvature product agree with finite differences,
 * curvature is symmetric, initial parameters are a function of the seed; for a model on data also: an objective
 * reports its batch's size as {@code sampleCount()}, its loss and gradient are means over the batch's samples
 * (plus any batch-independent regulariser), and held-out predictions score like {@code heldOutMetrics}. Extend it
 * in the plugin's tests, naming the plugin and a small config, and for a model that requires data a small dataset
 * ({@link #dataset()}, e.g. from {@link ContractData}).
 */
public abstract class ModelContract {
  /** Central differences of a smooth function in double precision agree to about ε^{2/3} ≈ 4e-11, times the scale. */
  public static final double GRADIENT_TOLERANCE = 1e-6;
  /** Exact products against central differences of gradients. */
  public static final double PRODUCT_TOLERANCE = 1e-6;
  /** Forward differences are first-order: O(√ε) ≈ 1.5e-8 relative, times the curvature's variation. */
  public static final double FORWARD_DIFFERENCE_TOLERANCE = 1e-4;
  /** uᵀBv against vᵀBu. */
  public static final double SYMMETRY_TOLERANCE = 1e-8;
  /** Relative agreement of a full-batch loss or gradient with the sample-weighted mean of two half batches. */
  public static final double BATCH_MEAN_TOLERANCE = 1e-10;
  /** Relative agreement of scored held-out predictions with {@code heldOutMetrics}. */
  public static final double HELD_OUT_TOLERANCE = 1e-10;

  /** The plugin's id. */
  protected abstract String pluginId();

  /** A small config for the checks (finite differences cost a gradient per coordinate). */
  protected abstract String configJson();

  /** The version the descriptor must report; null accepts any filtered version. */
  protected String expectedVersion() {
    return null;
  }

  /**
   * A small dataset for a model that requires one ({@link ModelPlugin#requiresDataset()}), such as
   * {@code ContractData.classification(40, 3, 3, 1)}; null (the default) for a model without data. Keep it small:
   * the finite-difference checks cost a gradient per parameter.
   */
  protected Dataset dataset() {
    return null;
  }

  private Model model() {
    Dataset data = dataset();
    if (data == null && ContractPlugins.catalog().model(pluginId()).plugin().requiresDataset()) {
      fail("model '" + pluginId() + "' requires a dataset: override dataset() in this contract test to give it a "
          + "small one, e.g. ContractData.classification(40, 3, 3, 1)");
    }
    return ContractPlugins.model(pluginId(), configJson(), data);
  }

  @Test
  @DisplayName("is found by ServiceLoader under its id, with a filtered version")
  void isFoundUnderItsId() {
    LoadedPlugin<ModelPlugin<?>> loaded = ContractPlugins.catalog().model(pluginId());
    assertEquals(pluginId(), loaded.plugin().id());
    assertFalse(loaded.version().isBlank());
    if (expectedVersion() != null) {
      assertEquals(expectedVersion(), loaded.version());
    }
  }

  @Test
  @DisplayName("the gradient agrees with central finite differences at initial points of three seeds")
  void gradientMatchesFiniteDifferences() {
    Model model = model();
    Objective f = model.trainingObjective();
    for (long seed = 1; seed <= 3; seed++) {
      double[] x = new double[model.dimension()];
      model.initialParameters(seed, x);
      double error = GradientCheck.gradientError(f, x);
      assertTrue(error <= GRADIENT_TOLERANCE, "seed " + seed + ": relative gradient error " + error);
    }
  }

  @Test
  @DisplayName("every offered curvature mode agrees with finite differences of the gradient and is symmetric")
  void curvatureMatchesFiniteDifferences() {
    Model model = model();
    Objective f = model.trainingObjective();
    double[] x = new double[model.dimension()];
    model.initialParameters(11, x);
    Random random = new Random(5);
    double[] u = gaussian(random, x.length);
    double[] v = gaussian(random, x.length);
    for (CurvatureMode mode : f.curvatureModes()) {
      if (mode == CurvatureMode.GAUSS_NEWTON) {
        continue; // not a Hessian approximation that finite differences can check
      }
      CurvatureOperator operator = f.curvatureAt(x, mode);
      assertEquals(mode, operator.mode());
      double tolerance = mode == CurvatureMode.FORWARD_DIFFERENCE ? FORWARD_DIFFERENCE_TOLERANCE : PRODUCT_TOLERANCE;
      double error = GradientCheck.productError(f, operator, x, v);
      assertTrue(error <= tolerance, mode + ": relative product error " + error);
      if (!mode.isFiniteDifference()) {
        double asymmetry = GradientCheck.asymmetry(operator, u, v);
        assertTrue(asymmetry <= SYMMETRY_TOLERANCE, mode + ": asymmetry " + asymmetry);
      }
    }
  }

  @Test
  @DisplayName("initial parameters are a function of the seed, bit for bit")
  void initialParametersAreSeeded() {
    Model model = model();
    double[] a = new double[model.dimension()];
    double[] b = new double[model.dimension()];
    double[] c = new double[model.dimension()];
    model.initialParameters(3, a);
    model().initialParameters(3, b);
    model.initialParameters(4, c);
    assertArrayEquals(a, b, 0.0);
    assertFalse(java.util.Arrays.equals(a, c), "seeds 3 and 4 gave the same parameters");
  }

  @Test
  @DisplayName("on data: an objective's sampleCount() is its batch's size (cost counters charge it)")
  void sampleCountIsTheBatchSize() {
    Model model = model();
    assumeTrue(dataset() != null, "a model without data");
    int n = model.trainingSize();
    assertEquals(dataset().train().rows(), n, "trainingSize() against the dataset's training rows");
    assertEquals(n, model.objective(Batch.full(n)).sampleCount(), "sampleCount() of the full batch");
    int[] some = firstHalf(n);
    assertEquals(some.length, model.objective(Batch.of(some)).sampleCount(), "sampleCount() of a batch of "
        + some.length + " samples (override Objective.sampleCount(): its default, 1, is for functions without data)");
  }

  @Test
  @DisplayName("on data: loss and gradient are means over the batch: the full batch is the weighted mean of two halves")
  void lossIsTheMeanOverTheBatch() {
    Model model = model();
    assumeTrue(dataset() != null, "a model without data");
    int n = model.trainingSize();
    assumeTrue(n >= 2, "one training sample");
    int[] first = firstHalf(n);
    int[] second = new int[n - first.length];
    for (int i = 0; i < second.length; i++) {
      second[i] = first.length + i;
    }
    double[] x = new double[model.dimension()];
    model.initialParameters(5, x);
    double[] g = new double[x.length];
    double[] ga = new double[x.length];
    double[] gb = new double[x.length];
    double f = model.objective(Batch.full(n)).valueAndGradient(x, g);
    double fa = model.objective(Batch.of(first)).valueAndGradient(x, ga);
    double fb = model.objective(Batch.of(second)).valueAndGradient(x, gb);
    assertTrue(Double.isFinite(f) && Double.isFinite(fa) && Double.isFinite(fb), "losses at an initial point: " + f
        + " (full batch), " + fa + " and " + fb + " (halves)");
    double mean = (first.length * fa + second.length * fb) / n;
    assertEquals(f, mean, BATCH_MEAN_TOLERANCE * Math.max(1, Math.abs(f)), "the full-batch loss against ("
        + first.length + " · f(first half) + " + second.length + " · f(second half)) / " + n
        + ": a loss summed over the batch, or scaled by another count, fails here");
    double scale = 1;
    double worst = 0;
    for (int i = 0; i < x.length; i++) {
      scale = Math.max(scale, Math.abs(g[i]));
      worst = Math.max(worst, Math.abs(g[i] - (first.length * ga[i] + second.length * gb[i]) / n));
    }
    assertTrue(worst <= BATCH_MEAN_TOLERANCE * scale, "the full-batch gradient differs from the weighted mean of "
        + "the halves' by " + worst);
  }

  @Test
  @DisplayName("on data: held-out predictions, scored, give heldOutMetrics")
  void heldOutPredictionsScoreLikeMetrics() {
    Model model = model();
    Optional<HeldOutPredictions> predictions = model.heldOutPredictions();
    assumeTrue(predictions.isPresent(), "no held-out predictions offered");
    double[] x = new double[model.dimension()];
    model.initialParameters(7, x);
    Map<String, Double> metrics = model.heldOutMetrics(x);
    double[] out = new double[predictions.get().width()];
    predictions.get().predict(x, out);
    Map<String, Double> scored = predictions.get().metrics(out);
    assertEquals(metrics.keySet(), scored.keySet(), "metric names");
    for (Map.Entry<String, Double> e : metrics.entrySet()) {
      double expected = e.getValue();
      assertTrue(Double.isFinite(expected), e.getKey() + " at an initial point: " + expected);
      assertEquals(expected, scored.get(e.getKey()), HELD_OUT_TOLERANCE * Math.max(1, Math.abs(expected)),
          e.getKey());
    }
  }

  private static int[] firstHalf(int n) {
    int[] indices = new int[Math.max(1, n / 2)];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = i;
    }
    return indices;
  }

  private static double[] gaussian(Random random, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextGaussian();
    }
    return v;
  }
}
