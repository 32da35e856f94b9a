package org.hesstrucks.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.StepReport;
import org.hesstrucks.optimizer.StepStatus;
import org.hesstrucks.plugin.LoadedPlugin;
import org.hesstrucks.plugin.PluginCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every optimizer plugin must do. Extend it in the plugin's tests and name the plugin:
 *
 * <pre>
 * class MyOptimizerContractTest extends OptimizerContract {
 *   protected String pluginId() { return "my-optimizer"; }
 * }
 * </pre>
 *
 * The plugin is found through {@link java.util.ServiceLoader} and configured from {@link #configJson()}, as
 * the harness would.
 */
public abstract class OptimizerContract {
  /** The contract problem: dimension 50, condition number 10 (the testkit's own quadratic). */
  public static final int DIMENSION = 50;
  public static final double CONDITION_NUMBER = 10;
  /** Convergence means ‖∇f‖ ≤ this · ‖∇f(x₀)‖. */
  public static final double RELATIVE_GRADIENT_TOLERANCE = 1e-6;

  private static final long PROBLEM_SEED = 20191101L;
  private static final long RUN_SEED = 7L;

  /** The plugin's id. */
  protected abstract String pluginId();

  /** The config block the contract runs with; all defaults unless overridden. */
  protected String configJson() {
    return "{}";
  }

  /** The version the plugin's descriptor must report; null accepts any filtered version. */
  protected String expectedVersion() {
    return null;
  }

  @Test
  @DisplayName("is found by ServiceLoader under its id, with a filtered version and a record config")
  void isFoundUnderItsId() {
    PluginCatalog catalog = ContractPlugins.catalog();
    LoadedPlugin<OptimizerPlugin<?>> loaded = catalog.optimizer(pluginId());
    assertEquals(pluginId(), loaded.plugin().id());
    assertTrue(PluginCatalog.ID_PATTERN.matcher(pluginId()).matches(), "id must be kebab-case");
    assertFalse(loaded.version().isBlank());
    if (expectedVersion() != null) {
      assertEquals(expectedVersion(), loaded.version());
    }
    assertTrue(loaded.plugin().configType().isRecord());
  }

  @Test
  @DisplayName("reaches ‖g‖ ≤ 1e-6‖g₀‖ on a 50-dimensional quadratic with κ = 10 within its declared bound")
  void convergesOnWellConditionedQuadratic() {
    ContractQuadratic problem = new ContractQuadratic(DIMENSION, CONDITION_NUMBER, PROBLEM_SEED);
    Optimizer optimizer = ContractPlugins.optimizer(pluginId(), configJson(), DIMENSION, RUN_SEED);
    double[] theta = startingPoint();
    double[] g = new double[DIMENSION];
    problem.valueAndGradient(theta, g);
    double g0 = Vectors.norm2(g);
    int bound = ContractPlugins.catalog().optimizer(pluginId()).plugin().iterationBoundOnWellConditionedQuadratic();
    ContractStepContext context = new ContractStepContext(problem);
    for (int k = 0; k < bound; k++) {
      StepReport report = optimizer.step(context, theta);
      context.advance();
      problem.valueAndGradient(theta, g);
      if (Vectors.norm2(g) <= RELATIVE_GRADIENT_TOLERANCE * g0) {
        return;
      }
      if (report.status() != StepStatus.CONTINUE) {
        fail("step " + k + " ended with " + report.status() + " (" + report.message() + ") at ‖g‖/‖g₀‖ = "
            + Vectors.norm2(g) / g0);
      }
    }
    problem.valueAndGradient(theta, g);
    fail("after the declared bound of " + bound + " iterations ‖g‖/‖g₀‖ = " + Vectors.norm2(g) / g0);
  }

  @Test
  @DisplayName("on a NaN objective leaves θ unchanged and reports a failure")
  void failsCleanlyOnNanObjective() {
    Objective nan = new Objective() {
      @Override
      public int dimension() {
        return DIMENSION;
      }

      @Override
      public double value(double[] x) {
        return Double.NaN;
      }

      @Override
      public double valueAndGradient(double[] x, double[] gradientOut) {
        Arrays.fill(gradientOut, Double.NaN);
        return Double.NaN;
      }
    };
    Optimizer optimizer = ContractPlugins.optimizer(pluginId(), configJson(), DIMENSION, RUN_SEED);
    double[] theta = startingPoint();
    double[] before = theta.clone();
    StepReport report = optimizer.step(new ContractStepContext(nan), theta);
    assertEquals(StepStatus.FAILED, report.status(), "status on a NaN objective");
    assertFalse(report.message().isBlank(), "a failure says why");
    assertArrayEquals(before, theta, 0.0, "θ must not change when the objective is NaN");
  }

  @Test
  @DisplayName("two runs with one seed give bit-identical iterates and reports")
  void isDeterministic() {
    List<double[]> first = run();
    List<double[]> second = run();
    assertEquals(first.size(), second.size());
    for (int k = 0; k < first.size(); k++) {
      assertArrayEquals(first.get(k), second.get(k), 0.0, "iterate " + k + " differs between two runs");
    }
    assertNotEquals(0, first.size());
  }

  private List<double[]> run() {
    ContractQuadratic problem = new ContractQuadratic(DIMENSION, CONDITION_NUMBER, PROBLEM_SEED);
    Optimizer optimizer = ContractPlugins.optimizer(pluginId(), configJson(), DIMENSION, RUN_SEED);
    double[] theta = startingPoint();
    ContractStepContext context = new ContractStepContext(problem);
    List<double[]> iterates = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      StepReport report = optimizer.step(context, theta);
      context.advance();
      double[] record = Arrays.copyOf(theta, DIMENSION + 2);
      record[DIMENSION] = report.value();
      record[DIMENSION + 1] = report.stepLength();
      iterates.add(record);
      if (report.status() != StepStatus.CONTINUE) {
        break;
      }
    }
    return iterates;
  }

  private static double[] startingPoint() {
    Random random = new Random(RUN_SEED);
    double[] theta = new double[DIMENSION];
    for (int i = 0; i < DIMENSION; i++) {
      theta[i] = random.nextGaussian();
    }
    return theta;
  }
}
