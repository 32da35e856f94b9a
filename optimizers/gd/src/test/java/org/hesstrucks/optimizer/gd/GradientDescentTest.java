package org.hesstrucks.optimizer.gd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.linesearch.LineSearchFailurePolicy;
import org.hesstrucks.linesearch.LineSearchStatus;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepReport;
import org.hesstrucks.optimizer.StepStatus;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractQuadratic;
import org.hesstrucks.testkit.ContractStepContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GradientDescentTest {
  private static final int N = 100;
  private static final double KAPPA = 100;
  /** The testkit quadratic's eigenvalues span [1, κ]. */
  private static final double LAMBDA_MIN = 1;

  @Test
  @DisplayName("reaches ‖g‖ ≤ 1e-6 on a 100-dimensional quadratic with κ = 100, with ‖x − x*‖ ≤ ‖g‖/λ_min")
  void convergesToClosedFormMinimizer() {
    ContractQuadratic f = new ContractQuadratic(N, KAPPA, 42);
    Optimizer gd = ContractPlugins.optimizer("gd", "{}", N, 1);
    double[] x = new double[N];
    Random random = new Random(9);
    for (int i = 0; i < N; i++) {
      x[i] = 10 * random.nextGaussian();
    }
    ContractStepContext context = new ContractStepContext(f);
    double[] g = new double[N];
    int iterations = 0;
    while (true) {
      f.valueAndGradient(x, g);
      if (Vectors.norm2(g) <= 1e-6) {
        break;
      }
      StepReport report = gd.step(context, x);
      context.advance();
      assertEquals(StepStatus.CONTINUE, report.status(), report.message());
      assertTrue(++iterations < 20_000, "no convergence within 20,000 iterations");
    }
    double[] error = x.clone();
    Vectors.axpy(-1, f.minimizer(), error);
    assertTrue(Vectors.norm2(error) <= Vectors.norm2(g) / LAMBDA_MIN,
        "‖x − x*‖ = " + Vectors.norm2(error) + " exceeds ‖g‖/λ_min = " + Vectors.norm2(g) / LAMBDA_MIN);
    // Steepest descent with Armijo steps contracts f − f* by at most about (1 − 1/κ) per step; 1e-6 from a
    // start with ‖g₀‖ ≈ 1e3 needs on the order of κ·ln(1e9) ≈ 2,000 steps. Far more means a broken search.
    assertTrue(iterations < 6_000, "took " + iterations + " iterations");
  }

  @Test
  @DisplayName("each step decreases f by at least the Armijo amount c·α·‖g‖²")
  void stepsSatisfyArmijo() {
    ContractQuadratic f = new ContractQuadratic(20, 50, 4);
    Optimizer gd = ContractPlugins.optimizer("gd", "{\"lineSearch\": {\"id\": \"backtracking\", \"shrink\": 0.5}}", 20, 1);
    double[] x = new double[20];
    java.util.Arrays.fill(x, 1.0);
    double[] g = new double[20];
    ContractStepContext context = new ContractStepContext(f);
    for (int k = 0; k < 50; k++) {
      double before = f.valueAndGradient(x, g);
      double gg = Vectors.dot(g, g);
      StepReport report = gd.step(context, x);
      context.advance();
      double after = f.value(x);
      assertEquals(before, report.value(), 0.0, "the report carries f at the start of the step");
      assertTrue(after <= before - 1e-4 * report.stepLength() * gg, "step " + k + " violates Armijo");
    }
  }

  @Test
  @DisplayName("a failed line search leaves θ unchanged and says why")
  void failedSearchLeavesThetaUnchanged() {
    Objective cliff = new Objective() { // f decreases along −g only for steps below 1e-30: the search gives up
      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public double value(double[] x) {
        return x[0] == 1 && x[1] == 1 ? 0 : 1;
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        g[0] = 1;
        g[1] = 1;
        return value(x);
      }
    };
    Optimizer gd = ContractPlugins.optimizer("gd", "{\"lineSearch\": {\"id\": \"backtracking\", \"maxReductions\": 5}}", 2, 1);
    double[] x = {1, 1};
    StepReport report = gd.step(new ContractStepContext(cliff), x);
    assertEquals(StepStatus.FAILED, report.status());
    assertEquals("line search stopped with MAX_EVALUATIONS after 6 evaluations (last step 0.03125)", report.message());
    assertArrayEquals(new double[] {1, 1}, x, 0.0);
  }

  @Test
  @DisplayName("the warm start begins each search at growth × the previous step and records the trials")
  void warmStartUsesPreviousStep() {
    ContractQuadratic f = new ContractQuadratic(10, 10, 2);
    Optimizer gd = ContractPlugins.optimizer("gd", "{\"warmStartGrowth\": 2.0}", 10, 1);
    double[] x = new double[10];
    java.util.Arrays.fill(x, 3.0);
    ContractStepContext context = new ContractStepContext(f);
    StepReport first = gd.step(context, x);
    assertTrue(context.telemetry().get("lineSearch.evaluations") >= 1);
    context.advance();
    StepReport second = gd.step(context, x);
    // Backtracking from 2·α₁ with ρ = 0.5 can only land on 2·α₁·0.5^j.
    double ratio = second.stepLength() / (2 * first.stepLength());
    double log2 = Math.log(ratio) / Math.log(0.5);
    assertEquals(Math.rint(log2), log2, 1e-12, "second step is not 2·α₁·0.5^j");
  }

  @Test
  @DisplayName("config: defaults, and warmStartGrowth below 1 refused with the JSON path")
  void configValidation() {
    GradientDescentConfig defaults = ConfigBinder.bind(ContractPlugins.json("{}"), GradientDescentConfig.class, "$.o");
    assertEquals("backtracking", defaults.lineSearch().id());
    assertEquals(null, defaults.warmStartGrowth());
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigBinder.bind(
        ContractPlugins.json("{\"warmStartGrowth\": 0.5}"), GradientDescentConfig.class, "$.optimizers[0]"));
    assertEquals("$.optimizers[0].warmStartGrowth: expected a finite number ≥ 1, got 0.5", e.getMessage());
  }

  /** f(x) = x² with a gradient that claims 100x: every Armijo test with c = 0.5 fails (see below). */
  private static Objective lyingGradient() {
    return new Objective() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public double value(double[] x) {
        return x[0] * x[0];
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        g[0] = 100 * x[0];
        return value(x);
      }
    };
  }

  @Test
  @DisplayName("accept-last: a failed search moves θ to its lowest trial (x = 0.21875) and counts the failure")
  void acceptLastTakesBestTrial() {
    // From x = 1 along d = −100 with c = 0.5, Armijo asks (1 − 100α)² ≤ 1 − 5000α, false for every α > 0.
    // Trials α = 1, ½, …, 1/128 give x = 1 − 100α; the lowest f is at α = 1/128: x = 0.21875, f = 0.0478515625.
    String block = "{\"onLineSearchFailure\": \"accept-last\", \"lineSearch\": {\"id\": \"backtracking\","
        + " \"sufficientDecrease\": 0.5, \"maxReductions\": 7}}";
    Optimizer gd = ContractPlugins.optimizer("gd", block, 1, 1);
    double[] x = {1};
    ContractStepContext context = new ContractStepContext(lyingGradient());
    StepReport report = gd.step(context, x);
    assertEquals(StepStatus.CONTINUE, report.status(), report.message());
    assertArrayEquals(new double[] {0.21875}, x, 0.0);
    assertEquals(0.0078125, report.stepLength(), 0.0);
    assertEquals(1.0, context.telemetry().get("lineSearch.failures"), 0.0);
    assertEquals(8.0, context.telemetry().get("lineSearch.evaluations"), 0.0);
    assertEquals(LineSearchStatus.MAX_EVALUATIONS.ordinal(), context.telemetry().get("lineSearch.status"), 0.0);
    context.advance();
    gd.step(context, x);
    assertEquals(2.0, context.telemetry().get("lineSearch.failures"), 0.0, "failures are counted over the run");
  }

  @Test
  @DisplayName("stop (the default): the same failed search leaves θ unchanged; accept-last without a decrease fails too")
  void stopLeavesTheta() {
    String stop = "{\"lineSearch\": {\"id\": \"backtracking\", \"sufficientDecrease\": 0.5, \"maxReductions\": 7}}";
    Optimizer gd = ContractPlugins.optimizer("gd", stop, 1, 1);
    double[] x = {1};
    ContractStepContext context = new ContractStepContext(lyingGradient());
    StepReport report = gd.step(context, x);
    assertEquals(StepStatus.FAILED, report.status());
    assertEquals("line search stopped with MAX_EVALUATIONS after 8 evaluations (last step 0.0078125)", report.message());
    assertArrayEquals(new double[] {1}, x, 0.0);
    assertEquals(1.0, context.telemetry().get("lineSearch.failures"), 0.0);
    // Gradient 1 at (0, 0), f = 1 everywhere else: no trial decreases f, so accept-last has nothing to take.
    Objective cliff = new Objective() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public double value(double[] p) {
        return p[0] == 0 ? 0 : 1;
      }

      @Override
      public double valueAndGradient(double[] p, double[] g) {
        g[0] = 1;
        return value(p);
      }
    };
    Optimizer accept = ContractPlugins.optimizer("gd", "{\"onLineSearchFailure\": \"accept-last\","
        + " \"lineSearch\": {\"id\": \"backtracking\", \"maxReductions\": 5}}", 1, 1);
    double[] y = {0};
    assertEquals(StepStatus.FAILED, accept.step(new ContractStepContext(cliff), y).status());
    assertArrayEquals(new double[] {0}, y, 0.0);
  }

  @Test
  @DisplayName("config: onLineSearchFailure defaults to stop, binds kebab-case ids, refuses reset-memory by name")
  void failurePolicyConfig() {
    assertEquals(LineSearchFailurePolicy.STOP, GradientDescentConfig.defaults().onLineSearchFailure());
    GradientDescentConfig accept = ConfigBinder.bind(ContractPlugins.json("{\"onLineSearchFailure\": \"accept-last\"}"),
        GradientDescentConfig.class, "$.o");
    assertEquals(LineSearchFailurePolicy.ACCEPT_LAST, accept.onLineSearchFailure());
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigBinder.bind(
        ContractPlugins.json("{\"onLineSearchFailure\": \"reset-memory\"}"), GradientDescentConfig.class,
        "$.optimizers[0]"));
    assertEquals("$.optimizers[0].onLineSearchFailure: expected stop or accept-last (gradient descent keeps no"
        + " memory), got reset-memory", e.getMessage());
  }

  @Test
  @DisplayName("with the strong-Wolfe search gd converges on a κ = 100 quadratic and every step satisfies Armijo")
  void strongWolfeSearch() {
    ContractQuadratic f = new ContractQuadratic(20, 100, 3);
    Optimizer gd = ContractPlugins.optimizer("gd", "{\"lineSearch\": {\"id\": \"strong-wolfe\"}}", 20, 1);
    double[] x = new double[20];
    double[] g = new double[20];
    ContractStepContext context = new ContractStepContext(f);
    for (int k = 0; k < 100; k++) {
      double before = f.valueAndGradient(x, g);
      StepReport report = gd.step(context, x);
      context.advance();
      assertEquals(StepStatus.CONTINUE, report.status(), report.message());
      assertTrue(f.value(x) <= before - 1e-4 * report.stepLength() * Vectors.dot(g, g), "step " + k);
    }
  }
}

