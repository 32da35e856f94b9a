package org.hesstrucks.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.plugin.LoadedPlugin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every model plugin without data must do: gradients and every offered curvature product agree with
 * finite differences, curvature is symmetric, initial parameters are a function of the seed. Extend it in
 * the plugin's tests, naming the plugin and a small config.
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

  /** The plugin's id. */
  protected abstract String pluginId();

  /** A small config for the checks (finite differences cost a gradient per coordinate). */
  protected abstract String configJson();

  /** The version the descriptor must report; null accepts any filtered version. */
  protected String expectedVersion() {
    return null;
  }

  private Model model() {
    return ContractPlugins.model(pluginId(), configJson());
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

  private static double[] gaussian(Random random, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextGaussian();
    }
    return v;
  }
}
