package org.hesstrucks.optimizer.lbfgs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.linesearch.LineSearchFailurePolicy;
import org.hesstrucks.linesearch.LineSearchStatus;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepContext;
import org.hesstrucks.optimizer.StepReport;
import org.hesstrucks.optimizer.StepStatus;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractQuadratic;
import org.hesstrucks.testkit.problems.TestProblem;
import org.hesstrucks.testkit.problems.TestProblems;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LbfgsTest {
  private static final String BACKTRACKING = "{\"lineSearch\": {\"id\": \"backtracking\"}}";
  /** γ from a pair with y = s up to rounding in the last bits of O(1) numbers. */
  private static final double ROUNDING = 1e-12;

  /** A step context that hands out a fixed sequence of objectives, one per step (the last one repeats). */
  private static final class ScriptedContext implements StepContext {
    private final List<Objective> objectives;
    final Map<String, Double> telemetry = new LinkedHashMap<>();
    private long iteration;

    ScriptedContext(List<Objective> objectives) {
      this.objectives = objectives;
    }

    @Override
    public Objective objective() {
      return objectives.get((int) Math.min(iteration, objectives.size() - 1));
    }

    @Override
    public long iteration() {
      return iteration;
    }

    @Override
    public void telemetry(String name, double value) {
      telemetry.put(name, value);
    }

    StepReport step(Optimizer optimizer, double[] theta) {
      telemetry.clear();
      StepReport report = optimizer.step(this, theta);
      iteration++;
      return report;
    }
  }

  /** f(x) = ½c‖x − center‖². */
  private static Objective sphere(double c, double... center) {
    return new Objective() {
      @Override
      public int dimension() {
        return center.length;
      }

      @Override
      public double value(double[] x) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
          sum += (x[i] - center[i]) * (x[i] - center[i]);
        }
        return 0.5 * c * sum;
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        for (int i = 0; i < x.length; i++) {
          g[i] = c * (x[i] - center[i]);
        }
        return value(x);
      }
    };
  }

  @Test
  @DisplayName("κ = 100 quadratic (n = 50): reaches ‖g‖ ≤ 1e-10 with ‖x − x*‖ ≤ ‖g‖/λ_min, x* = the closed form")
  void matchesClosedFormMinimizer() {
    ContractQuadratic f = new ContractQuadratic(50, 100, 42);
    Random random = new Random(9);
    double[] start = new double[50];
    for (int i = 0; i < 50; i++) {
      start[i] = 10 * random.nextGaussian();
    }
    Runs.Outcome run = Runs.run("lbfgs", "{}", f, start, 1e-10, 500);
    assertTrue(run.converged(1e-10), run.toString());
    double[] error = run.x().clone();
    Vectors.axpy(-1, f.minimizer(), error);
    // λ_min = 1 for the testkit quadratic, so ‖x − x*‖ ≤ ‖A⁻¹‖‖g‖ = ‖g‖.
    assertTrue(Vectors.norm2(error) <= run.gradientNorm(), "‖x − x*‖ = " + Vectors.norm2(error));
    assertArrayEquals(f.minimizer(), run.x(), 1e-10);
  }

  @Test
  @DisplayName("memory m ≥ n and an exact line search: a quadratic with κ = 1000 (n = 8) is solved in ≤ n + 1 steps")
  void finiteTerminationWithExactSearch() {
    // With exact steps L-BFGS with m ≥ k reproduces BFGS, whose iterates on a quadratic are those of CG: the
    // minimiser after at most n steps (one more allowed for rounding). Strong-Wolfe steps do not have this
    // property; the strong-Wolfe run below only has to converge.
    int n = 8;
    ContractQuadratic f = new ContractQuadratic(n, 1000, 3);
    double[] start = new double[n];
    double[] g = new double[n];
    f.valueAndGradient(start, g);
    double tolerance = 1e-8 * Vectors.norm2(g);
    Runs.Outcome exact = Runs.run("lbfgs", "{\"memory\": 8, \"lineSearch\": {\"id\": \"exact-quadratic\"}}", f, start,
        tolerance, 100);
    assertTrue(exact.converged(tolerance), exact.toString());
    assertTrue(exact.iterations() <= n + 1, exact.toString());
    // With exact steps even m = 1 terminates: memoryless BFGS with exact line searches produces the
    // conjugate-gradient directions on a quadratic (Nocedal & Wright §7.2), and the scaling γ only changes
    // the direction's length, which the exact search absorbs.
    Runs.Outcome memoryless = Runs.run("lbfgs", "{\"memory\": 1, \"lineSearch\": {\"id\": \"exact-quadratic\"}}", f,
        start, tolerance, 1000);
    // In exact arithmetic n steps; without the older pairs rounding erodes conjugacy faster (measured: 10 = n + 2
    // steps, against 9 with m = 8), so one more step is allowed here.
    assertTrue(memoryless.converged(tolerance) && memoryless.iterations() <= n + 2, memoryless.toString());
    Runs.Outcome wolfe = Runs.run("lbfgs", "{\"memory\": 8}", f, start, tolerance, 1000);
    assertTrue(wolfe.converged(tolerance), wolfe.toString());
  }

  @Test
  @DisplayName("κ = 1000 quadratic (n = 100): L-BFGS needs at most a quarter of gradient descent's iterations")
  void quarterOfGradientDescent() {
    ContractQuadratic f = new ContractQuadratic(100, 1000, 5);
    double[] start = new double[100];
    Runs.Outcome lbfgs = Runs.run("lbfgs", "{}", f, start, 1e-6, 20_000);
    Runs.Outcome gd = Runs.run("gd", "{}", f, start, 1e-6, 200_000);
    assertTrue(lbfgs.converged(1e-6), lbfgs.toString());
    assertTrue(gd.converged(1e-6), gd.toString());
    // Measured: L-BFGS 300 iterations, gd (backtracking, its default) 6,809.
    assertTrue(4 * lbfgs.iterations() <= gd.iterations(), "L-BFGS " + lbfgs + "; gd " + gd);
  }

  @Test
  @DisplayName("Rosenbrock from (−1.2, 1): ‖g‖ ≤ 1e-8 at (1, 1) within 60 iterations and 60 gradients")
  void rosenbrock() {
    TestProblem problem = TestProblems.rosenbrock();
    Runs.Outcome run = Runs.run("lbfgs", "{}", problem.objective(), problem.start(), 1e-8, 1000);
    assertTrue(run.converged(1e-8), run.toString());
    // Near (1, 1) the Hessian's smallest eigenvalue is ≈ 0.4, so ‖x − x*‖ ≤ ‖g‖/0.4 ≤ 2.5e-8.
    assertArrayEquals(problem.minimizer(), run.x(), 1e-7);
    // Measured: 37 iterations, 46 value-and-gradient evaluations (the first at x₀ included).
    assertTrue(run.iterations() <= 60 && run.gradientCalls() <= 60, run.toString());
    assertEquals(0, run.valueCalls(), "the strong-Wolfe search evaluates value and gradient together");
  }

  @Test
  @DisplayName("extended Rosenbrock (n = 100) from (−1.2, 1, …): ‖g‖ ≤ 1e-8 at (1, …, 1)")
  void extendedRosenbrock() {
    TestProblem problem = TestProblems.extendedRosenbrock(100);
    Runs.Outcome run = Runs.run("lbfgs", "{}", problem.objective(), problem.start(), 1e-8, 1000);
    assertTrue(run.converged(1e-8), run.toString());
    assertArrayEquals(problem.minimizer(), run.x(), 1e-7);
    // Measured: 35 iterations, 47 evaluations; the 50 blocks are independent copies of the 2-D problem.
    assertTrue(run.iterations() <= 60 && run.gradientCalls() <= 70, run.toString());
  }

  @Test
  @DisplayName("classic problems (Beale, Powell singular, Wood, helical valley) reach their published minima")
  void classicProblems() {
    for (TestProblem problem : List.of(TestProblems.beale(), TestProblems.powellSingular(), TestProblems.wood(),
        TestProblems.helicalValley())) {
      for (String config : List.of("{}", BACKTRACKING)) {
        Runs.Outcome run = Runs.run("lbfgs", config, problem.objective(), problem.start(), 1e-8, 2000);
        assertTrue(run.converged(1e-8), problem + " " + config + ": " + run);
        double[] g = new double[problem.dimension()];
        double value = problem.objective().valueAndGradient(run.x(), g);
        // f − f* ≤ ‖g‖²/(2μ) near a nondegenerate minimiser; Powell's is singular (f ∝ ‖x‖⁴), hence 1e-10.
        assertEquals(problem.minimum(), value, 1e-10, problem + " " + config);
      }
    }
  }

  @Test
  @DisplayName("Rosenbrock with the draft's backtracking search also reaches ‖g‖ ≤ 1e-8 at (1, 1)")
  void rosenbrockBacktracking() {
    TestProblem problem = TestProblems.rosenbrock();
    Runs.Outcome run = Runs.run("lbfgs", BACKTRACKING, problem.objective(), problem.start(), 1e-8, 1000);
    assertTrue(run.converged(1e-8), run.toString());
    assertArrayEquals(problem.minimizer(), run.x(), 1e-7);
  }

  @Test
  @DisplayName("−cos x from 2.5: backtracking accepts a step across the concave region (sᵀy < 0), skipped and counted")
  void backtrackingSkipsNegativeCurvaturePair() {
    // Along d = −sin 2.5 the first trial moves x by 1/‖g‖·‖g‖ = 1 to 1.5: f drops from 0.80 to −0.07 (Armijo),
    // but s = −1 and y = sin 1.5 − sin 2.5 = 0.40, so sᵀy = −0.40 ≤ 0.
    Objective cos = new Objective() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public double value(double[] x) {
        return -Math.cos(x[0]);
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        g[0] = Math.sin(x[0]);
        return value(x);
      }
    };
    ScriptedContext context = new ScriptedContext(List.of(cos));
    double[] x = {2.5};
    StepReport report = context.step(ContractPlugins.optimizer("lbfgs", BACKTRACKING, 1, 1), x);
    assertEquals(StepStatus.CONTINUE, report.status());
    assertEquals(1.5, x[0], 1e-15);
    assertEquals(1.0, context.telemetry.get("lbfgs.skippedPairs"), 0.0);
    assertEquals(0.0, context.telemetry.get("lbfgs.memory"), 0.0);
    // Strong Wolfe refuses x = 1.5 (|φ'| grows) and stops where the curvature condition gives sᵀy > 0.
    ScriptedContext wolfeContext = new ScriptedContext(List.of(cos));
    double[] z = {2.5};
    wolfeContext.step(ContractPlugins.optimizer("lbfgs", "{}", 1, 1), z);
    assertEquals(0.0, wolfeContext.telemetry.get("lbfgs.skippedPairs"), 0.0);
    assertEquals(1.0, wolfeContext.telemetry.get("lbfgs.memory"), 0.0);
  }

  @Test
  @DisplayName("multi-batch: batches ½‖x − a‖², ½‖x − b‖² alternate; pairs from one batch give y = s, so γ = 1")
  void multiBatchPairsUseOneBatch() {
    // Both batches have Hessian I. A pair whose two gradients came from different batches would have
    // y = s + (b − a) and γ ≠ 1; y on the step's own batch gives y = s and γ = 1 exactly (up to rounding).
    Objective a = sphere(1, 1, 2, 3);
    Objective b = sphere(1, -2, 0, 5);
    for (String config : List.of("{}", BACKTRACKING)) {
      ScriptedContext context = new ScriptedContext(List.of(a, b, a, b, a, b));
      Optimizer lbfgs = ContractPlugins.optimizer("lbfgs", config, 3, 1);
      double[] x = {10, -10, 4};
      for (int k = 0; k < 6; k++) {
        StepReport report = context.step(lbfgs, x);
        assertEquals(StepStatus.CONTINUE, report.status(), report.message());
        if (k > 0) {
          assertEquals(1.0, context.telemetry.get("lbfgs.gamma"), ROUNDING, config + " step " + k);
        }
        assertEquals(0.0, context.telemetry.get("lbfgs.skippedPairs"), 0.0, config);
      }
      // With H = I and a unit step each step lands on its batch's minimiser: after step 6 (batch b) x = b's centre.
      assertArrayEquals(new double[] {-2, 0, 5}, x, 1e-9, config);
    }
  }

  /** From (3, 0): step 1 on ½‖x‖² lands on (2, 0) with the pair s = y = (−1, 0); step 2 is on {@code second}. */
  private static ScriptedContext twoPhases(Objective second) {
    return new ScriptedContext(List.of(sphere(1, 0, 0), second));
  }

  private static final String ONE_TRIAL = "\"lineSearch\": {\"id\": \"strong-wolfe\", \"maxEvaluations\": 1}";

  @Test
  @DisplayName("failure policy stop: a failed search on the second step leaves θ = (2, 0) and fails the step")
  void failurePolicyStop() {
    // Step 2 on ½·1000‖x‖²: the memory's d = −Hg = (−2000, 0) and α = 1 overshoots to (−1998, 0).
    ScriptedContext context = twoPhases(sphere(1000, 0, 0));
    Optimizer lbfgs = ContractPlugins.optimizer("lbfgs", "{" + ONE_TRIAL + "}", 2, 1);
    double[] x = {3, 0};
    assertEquals(StepStatus.CONTINUE, context.step(lbfgs, x).status());
    assertArrayEquals(new double[] {2, 0}, x, 0.0);
    assertEquals(1.0, context.telemetry.get("lbfgs.memory"), 0.0);
    StepReport report = context.step(lbfgs, x);
    assertEquals(StepStatus.FAILED, report.status());
    assertEquals("line search stopped with MAX_EVALUATIONS after 1 evaluations (last step 1.0)", report.message());
    assertArrayEquals(new double[] {2, 0}, x, 0.0);
    assertEquals(1.0, context.telemetry.get("lineSearch.failures"), 0.0);
    assertEquals(LineSearchStatus.MAX_EVALUATIONS.ordinal(), context.telemetry.get("lineSearch.status"), 0.0);
  }

  @Test
  @DisplayName("failure policy reset-memory: the same failure drops the pairs and the −g retry reaches (1, 0)")
  void failurePolicyResetMemory() {
    // Retry along −g = (−2000, 0) from α₀ = 1/‖g‖: x = (1, 0), f = 500 (Armijo), φ' = −2e6 ≥ −0.9·4e6 (curvature).
    ScriptedContext context = twoPhases(sphere(1000, 0, 0));
    Optimizer lbfgs = ContractPlugins.optimizer("lbfgs", "{\"onLineSearchFailure\": \"reset-memory\", " + ONE_TRIAL + "}",
        2, 1);
    double[] x = {3, 0};
    context.step(lbfgs, x);
    StepReport report = context.step(lbfgs, x);
    assertEquals(StepStatus.CONTINUE, report.status(), report.message());
    assertArrayEquals(new double[] {1, 0}, x, 1e-15);
    assertEquals(1.0, context.telemetry.get("lineSearch.failures"), 0.0);
    assertEquals(1.0, context.telemetry.get("lbfgs.resets"), 0.0);
    assertEquals(2.0, context.telemetry.get("lineSearch.evaluations"), 0.0);
    // The retry's pair (s = (−1, 0), y = (−1000, 0)) is the only one in memory.
    assertEquals(1.0, context.telemetry.get("lbfgs.memory"), 0.0);
  }

  @Test
  @DisplayName("failure policy accept-last: a search that decreased f but failed curvature moves θ to its best trial")
  void failurePolicyAcceptLast() {
    // Step 2 on ½·1.95‖x‖² from (2, 0): d = (−3.9, 0), α = 1 gives (−1.9, 0), f = 3.52 < 3.9 (Armijo holds) but
    // |φ'(1)| = 0.95·|φ'(0)| > 0.9·|φ'(0)|: with one trial the search fails; its best trial is (−1.9, 0).
    ScriptedContext context = twoPhases(sphere(1.95, 0, 0));
    Optimizer lbfgs = ContractPlugins.optimizer("lbfgs", "{\"onLineSearchFailure\": \"accept-last\", " + ONE_TRIAL + "}",
        2, 1);
    double[] x = {3, 0};
    context.step(lbfgs, x);
    StepReport report = context.step(lbfgs, x);
    assertEquals(StepStatus.CONTINUE, report.status(), report.message());
    assertArrayEquals(new double[] {-1.9, 0}, x, 1e-15);
    assertEquals(1.0, report.stepLength(), 0.0);
    assertEquals(1.0, context.telemetry.get("lineSearch.failures"), 0.0);
    // On ½·1000‖x‖² no trial decreases f: accept-last fails like stop.
    ScriptedContext steep = twoPhases(sphere(1000, 0, 0));
    Optimizer other = ContractPlugins.optimizer("lbfgs", "{\"onLineSearchFailure\": \"accept-last\", " + ONE_TRIAL + "}",
        2, 1);
    double[] y = {3, 0};
    steep.step(other, y);
    assertEquals(StepStatus.FAILED, steep.step(other, y).status());
    assertArrayEquals(new double[] {2, 0}, y, 0.0);
  }

  @Test
  @DisplayName("config: defaults m = 10, strong-wolfe, stop, ε = 1e-8")
  void configDefaults() {
    LbfgsConfig config = ConfigBinder.bind(ContractPlugins.json("{}"), LbfgsConfig.class, "$.o");
    assertEquals(LbfgsConfig.defaults(), config);
    assertEquals(10, config.memory());
    assertEquals("strong-wolfe", config.lineSearch().id());
    assertEquals(LineSearchFailurePolicy.STOP, config.onLineSearchFailure());
    assertEquals(1e-8, config.curvatureTolerance(), 0.0);
  }

  @Test
  @DisplayName("config: memory 0, curvatureTolerance 1, c1 < 0 and c2 ≤ c1 are refused naming the field")
  void configRefusals() {
    assertEquals("$.optimizer.memory: expected a positive integer, got 0", assertThrows(ConfigException.class,
        () -> ContractPlugins.optimizer("lbfgs", "{\"memory\": 0}", 2, 1)).getMessage());
    assertEquals("$.optimizer.curvatureTolerance: expected a number in [0, 1), got 1", assertThrows(
        ConfigException.class, () -> ContractPlugins.optimizer("lbfgs", "{\"curvatureTolerance\": 1.0}", 2, 1))
        .getMessage());
    assertEquals("$.optimizer.lineSearch.c1: expected a number in (0, 1), got -0.1", assertThrows(
        ConfigException.class, () -> ContractPlugins.optimizer("lbfgs",
            "{\"lineSearch\": {\"id\": \"strong-wolfe\", \"c1\": -0.1}}", 2, 1)).getMessage());
    assertEquals("$.optimizer.lineSearch.c2: expected a number in (c1, 1) with c1 = 0.3, got 0.3", assertThrows(
        ConfigException.class, () -> ContractPlugins.optimizer("lbfgs",
            "{\"lineSearch\": {\"id\": \"strong-wolfe\", \"c1\": 0.3, \"c2\": 0.3}}", 2, 1)).getMessage());
  }
}
