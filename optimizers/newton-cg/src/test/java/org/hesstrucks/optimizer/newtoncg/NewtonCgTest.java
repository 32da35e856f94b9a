package org.hesstrucks.optimizer.newtoncg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepReport;
import org.hesstrucks.optimizer.StepStatus;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractQuadratic;
import org.hesstrucks.testkit.ContractStepContext;
import org.hesstrucks.testkit.problems.TestProblem;
import org.hesstrucks.testkit.problems.TestProblems;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NewtonCgTest {
  /** The target: ‖∇f‖ ≤ 1e-8. */
  private static final double GRADIENT_TOLERANCE = 1e-8;
  /**
   * ‖x − x*‖ once ‖∇f‖ ≤ 1e-8 on Rosenbrock: ‖H(x*)⁻¹‖ ≈ 2.5 (smallest eigenvalue of [[802, −400], [−400, 200]]
   * is 0.4), so about 2.5e-8; 1e-7 leaves room.
   */
  private static final double ROSENBROCK_POINT_TOLERANCE = 1e-7;

  private static ContractStepContext context(Objective objective) {
    return new ContractStepContext(objective);
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum);
  }

  @Test
  @DisplayName("a convex quadratic (n = 50, κ = 10) is solved in ONE step with ≤ n CG iterations, onto A⁻¹b")
  void quadraticInOneStep() {
    ContractQuadratic quadratic = new ContractQuadratic(50, 10, 11);
    Optimizer optimizer = ContractPlugins.optimizer("newton-cg", "{\"forcingTolerance\": 1e-12}", 50, 1);
    ContractStepContext context = context(quadratic);
    double[] theta = new double[50];
    double[] minimizer = quadratic.minimizer();
    StepReport report = optimizer.step(context, theta);
    assertEquals(StepStatus.CONTINUE, report.status());
    assertEquals(1.0, report.stepLength(), 0.0, "the Newton step α = 1 is accepted");
    Map<String, Double> t = context.telemetry();
    assertEquals(CgExit.CONVERGED.code(), t.get("cg.exit"));
    assertTrue(t.get("cg.iterations") <= 50, "CG iterations " + t.get("cg.iterations"));
    assertTrue(t.get("cg.residual") < t.get("cg.tolerance"), "residual below εₖ");
    assertEquals(1e-12 * Vectors.norm2(quadraticGradientAtZero(quadratic)), t.get("cg.tolerance"), 1e-24,
        "fixed forcing: εₖ = η‖g‖");
    // ‖x − x*‖/‖x*‖ ≤ κ · ‖r‖/‖g‖ ≤ 10 · 1e-12; 1e-10 allows for the rounding of the CG recurrence
    assertTrue(distance(theta, minimizer) <= 1e-10 * Vectors.norm2(minimizer),
        "relative error " + distance(theta, minimizer) / Vectors.norm2(minimizer));
    assertEquals(1, context.counter().gradientCalls());
    assertEquals(1, context.counter().valueCalls());
    assertEquals(t.get("cg.iterations").longValue(), context.counter().hessianVectorCalls(),
        "one Hessian-vector product per CG iteration, none elsewhere");
  }

  private static double[] quadraticGradientAtZero(ContractQuadratic quadratic) {
    double[] g = new double[quadratic.dimension()];
    quadratic.valueAndGradient(new double[quadratic.dimension()], g);
    return g;
  }

  @Test
  @DisplayName("superlinear: on a strongly convex ill-conditioned problem the error ratios fall towards 0")
  void superlinearConvergence() {
    TestProblem problem = TestProblems.logCoshQuadratic(100, 1e4, 5);
    Runs.Run run = Runs.run(problem.objective(), problem.start(), "{}", 100, GRADIENT_TOLERANCE);
    assertTrue(run.reached(), "‖g‖ = " + run.gradientNorm() + " after " + run.iterations());
    List<Double> ratios = new ArrayList<>();
    double[] minimizer = problem.minimizer();
    for (int k = 1; k < run.iterates().size(); k++) {
      ratios.add(distance(run.iterates().get(k), minimizer) / distance(run.iterates().get(k - 1), minimizer));
    }
    int m = ratios.size();
    assertTrue(m >= 4, "too few iterations to see a rate: " + ratios);
    // measured: …, 0.16, 0.030, 0.0069, 0.0022
    for (int k = m - 3; k < m; k++) {
      assertTrue(ratios.get(k) < 0.1, "ratio " + k + " of " + ratios);
      assertTrue(ratios.get(k) < ratios.get(k - 1), "ratios must decrease: " + ratios);
    }
  }

  @Test
  @DisplayName("a fixed forcing term η = 0.5 converges only linearly on the same problem (ratios stay large)")
  void fixedForcingIsLinear() {
    TestProblem problem = TestProblems.logCoshQuadratic(100, 1e4, 5);
    Runs.Run run = Runs.run(problem.objective(), problem.start(), "{\"forcingTolerance\": 0.5}", 400,
        1e-6);
    assertTrue(run.reached());
    double[] minimizer = problem.minimizer();
    int last = run.iterates().size() - 1;
    double ratio = distance(run.iterates().get(last), minimizer) / distance(run.iterates().get(last - 1), minimizer);
    assertTrue(ratio > 0.1, "last error ratio " + ratio);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"exact", "forward-difference", "central-difference"})
  @DisplayName("Rosenbrock from (−1.2, 1) reaches ‖g‖ ≤ 1e-8 at (1, 1)")
  void rosenbrock(String mode) {
    TestProblem problem = TestProblems.rosenbrock();
    Runs.Run run = Runs.run(problem.objective(), problem.start(), "{\"curvature\": \"" + mode + "\"}", 200,
        GRADIENT_TOLERANCE);
    assertTrue(run.reached(), mode + ": ‖g‖ = " + run.gradientNorm() + ", last " + run.last());
    assertTrue(distance(run.theta(), problem.minimizer()) <= ROSENBROCK_POINT_TOLERANCE);
    // measured 64 (exact), 69 (forward), 64 (central); SciPy 1.17.1 Newton-CG needs 85
    assertTrue(run.iterations() <= 85, mode + ": " + run.iterations() + " iterations");
  }

  @Test
  @DisplayName("costs on Rosenbrock and extended Rosenbrock (n = 100) are at most SciPy Newton-CG's")
  void costsAgainstScipy() {
    // SciPy 1.17.1 minimize(method='Newton-CG', hessp=…, xtol=1e-10) from the same starts ends with
    // nit = 85, nfev = 107, njev = 107, nhev = 146 (Rosenbrock) and 85, 107, 107, 145 (MGH extended
    // Rosenbrock, n = 100; SciPy's own rosen is the chained variant, so the MGH form was coded for it).
    // We run to ‖g‖ ≤ 1e-8; measured 64, 91, 64, 111 and 65, 92, 65, 112.
    for (TestProblem problem : List.of(TestProblems.rosenbrock(), TestProblems.extendedRosenbrock(100))) {
      Runs.Run run = Runs.run(problem.objective(), problem.start(), "{}", 200, GRADIENT_TOLERANCE);
      assertTrue(run.reached());
      assertTrue(run.iterations() <= 85, problem + ": iterations " + run.iterations());
      assertTrue(run.values() <= 107, problem + ": values " + run.values());
      assertTrue(run.gradients() <= 107, problem + ": gradients " + run.gradients());
      assertTrue(run.hessianVectors() <= 145, problem + ": Hessian-vector products " + run.hessianVectors());
    }
  }

  static Stream<TestProblem> classicProblems() {
    return TestProblems.classic().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classicProblems")
  @DisplayName("every classic MGH problem reaches ‖g‖ ≤ 1e-8 and its published minimum value")
  void classic(TestProblem problem) {
    Runs.Run run = Runs.run(problem.objective(), problem.start(), "{}", 300, GRADIENT_TOLERANCE);
    assertTrue(run.reached(), problem + ": ‖g‖ = " + run.gradientNorm() + ", last " + run.last());
    // Powell singular stops at ‖x‖ ≈ 8e-4 (singular Hessian, f ~ ‖x‖⁴ ≈ 1e-12): the value is the test there
    assertEquals(problem.minimum(), problem.objective().value(run.theta()), 1e-10, problem.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{\"curvature\": \"gauss-newton\"}", "{\"lineSearch\": {\"id\": \"strong-wolfe\"}}",
      "{\"forcing\": \"quadratic\"}", "{\"damping\": \"fixed\", \"lambda\": 1e-6}"})
  @DisplayName("Gauss-Newton curvature, strong Wolfe, quadratic forcing and fixed damping all solve Wood")
  void variantsOnWood(String config) {
    TestProblem problem = TestProblems.wood();
    Runs.Run run = Runs.run(problem.objective(), problem.start(), config, 1000, GRADIENT_TOLERANCE);
    assertTrue(run.reached(), config + ": ‖g‖ = " + run.gradientNorm() + ", last " + run.last());
    assertTrue(distance(run.theta(), problem.minimizer()) <= 1e-7);
  }

  @Test
  @DisplayName("negative curvature at the first CG iteration gives the steepest-descent direction −g")
  void saddleGivesSteepestDescent() {
    TestObjectives.WithExactCurvature saddle = TestObjectives.saddle();
    Optimizer optimizer = ContractPlugins.optimizer("newton-cg", "{}", 2, 1);
    ContractStepContext context = context(saddle);
    double[] theta = {1, 1};
    StepReport report = optimizer.step(context, theta);
    assertEquals(StepStatus.CONTINUE, report.status());
    assertEquals(CgExit.NEGATIVE_CURVATURE.code(), context.telemetry().get("cg.exit"));
    assertEquals(1.0, context.telemetry().get("cg.iterations"));
    // g = (2, −4); α = 1 satisfies Armijo (f falls from −1 to −49), so θ = (1, 1) − g
    assertEquals(1.0, report.stepLength(), 0.0);
    assertArrayEquals(new double[] {-1, 5}, theta, 0.0);
  }

  @Test
  @DisplayName("the inner-iteration cap holds on a pathological (inconsistent) operator: exactly maxCgIterations")
  void capHoldsOnPathologicalOperator() {
    TestObjectives.WithExactCurvature objective = TestObjectives.inconsistent(50, 3);
    Optimizer optimizer = ContractPlugins.optimizer("newton-cg",
        "{\"maxCgIterations\": 7, \"forcingTolerance\": 1e-12}", 50, 1);
    ContractStepContext context = context(objective);
    double[] theta = new double[50];
    java.util.Arrays.fill(theta, 1);
    optimizer.step(context, theta);
    assertEquals(CgExit.MAX_ITERATIONS.code(), context.telemetry().get("cg.exit"));
    assertEquals(7.0, context.telemetry().get("cg.iterations"));
    assertEquals(7, objective.products);
  }

  @Test
  @DisplayName("the default cap is min(n, 200): 200 products on a 500-dimensional pathological operator")
  void defaultCap() {
    TestObjectives.WithExactCurvature objective = TestObjectives.inconsistent(500, 4);
    Optimizer optimizer = ContractPlugins.optimizer("newton-cg", "{\"forcingTolerance\": 1e-12}", 500, 1);
    ContractStepContext context = context(objective);
    double[] theta = new double[500];
    java.util.Arrays.fill(theta, 1);
    optimizer.step(context, theta);
    assertEquals(CgExit.MAX_ITERATIONS.code(), context.telemetry().get("cg.exit"));
    assertEquals(200, objective.products);
    assertEquals(200, NewtonCgConfig.defaults().cgIterationCap(500));
    assertEquals(30, NewtonCgConfig.defaults().cgIterationCap(30));
  }

  @Test
  @DisplayName("a NaN curvature product fails the step cleanly, θ unchanged")
  void nanProduct() {
    Optimizer optimizer = ContractPlugins.optimizer("newton-cg", "{}", 3, 1);
    ContractStepContext context = context(TestObjectives.nanCurvature(3));
    double[] theta = {1, 2, 3};
    StepReport report = optimizer.step(context, theta);
    assertEquals(StepStatus.FAILED, report.status());
    assertEquals("the exact curvature product is not finite at CG iteration 1", report.message());
    assertEquals(CgExit.NON_FINITE.code(), context.telemetry().get("cg.exit"));
    assertArrayEquals(new double[] {1, 2, 3}, theta, 0.0);
  }

  @Test
  @DisplayName("an infinite objective value fails the step cleanly, θ unchanged, CG not run")
  void infiniteValue() {
    Objective infinite = new Objective() {
      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public double value(double[] x) {
        return Double.POSITIVE_INFINITY;
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        g[0] = 1;
        g[1] = 1;
        return Double.POSITIVE_INFINITY;
      }
    };
    Optimizer optimizer = ContractPlugins.optimizer("newton-cg", "{}", 2, 1);
    ContractStepContext context = context(infinite);
    double[] theta = {1, 2};
    StepReport report = optimizer.step(context, theta);
    assertEquals(StepStatus.FAILED, report.status());
    assertEquals("objective is not finite at the current point (f = Infinity)", report.message());
    assertEquals(CgExit.NOT_RUN.code(), context.telemetry().get("cg.exit"));
    assertArrayEquals(new double[] {1, 2}, theta, 0.0);
  }

  @Test
  @DisplayName("a direction that is not a descent direction (non-symmetric operator) fails the step with gᵀp")
  void notDescent() {
    Optimizer optimizer = ContractPlugins.optimizer("newton-cg",
        "{\"maxCgIterations\": 3, \"forcingTolerance\": 1e-12}", 3, 1);
    ContractStepContext context = context(TestObjectives.nonSymmetric());
    double[] theta = {0, 0, 0};
    StepReport report = optimizer.step(context, theta);
    assertEquals(StepStatus.FAILED, report.status());
    assertTrue(report.message().startsWith("the Newton-CG direction is not a descent direction (gᵀp = 6.3"),
        report.message());
    assertTrue(report.message().endsWith(", CG exit MAX_ITERATIONS after 3 iterations)"), report.message());
    assertArrayEquals(new double[3], theta, 0.0);
  }

  @Test
  @DisplayName("a curvature mode the objective does not offer fails the step, naming the mode and the offered ones")
  void unsupportedMode() {
    Optimizer optimizer = ContractPlugins.optimizer("newton-cg", "{}", 2, 1);
    double[] theta = {1, 2};
    StepReport report = optimizer.step(context(TestObjectives.finiteDifferenceOnly(2)), theta);
    assertEquals(StepStatus.FAILED, report.status());
    assertEquals("curvature mode 'exact' is not offered by this objective; it offers: central-difference, "
        + "forward-difference", report.message());
    assertArrayEquals(new double[] {1, 2}, theta, 0.0);
    Optimizer gaussNewton = ContractPlugins.optimizer("newton-cg", "{\"curvature\": \"gauss-newton\"}", 4, 1);
    TestProblem logCosh = TestProblems.logCoshQuadratic(4, 10, 1);
    report = gaussNewton.step(context(logCosh.objective()), logCosh.start());
    assertEquals("curvature mode 'gauss-newton' is not offered by this objective; it offers: central-difference, "
        + "exact, forward-difference", report.message());
  }

  @Test
  @DisplayName("Levenberg–Marquardt damping keeps Rosenbrock Newton-like where undamped steps fall back to −g")
  void levenbergMarquardtOnNonConvex() {
    TestProblem problem = TestProblems.rosenbrock();
    Runs.Run plain = Runs.run(problem.objective(), problem.start(), "{}", 200, GRADIENT_TOLERANCE);
    Runs.Run damped = Runs.run(problem.objective(), problem.start(), "{\"damping\": \"levenberg-marquardt\"}", 200,
        GRADIENT_TOLERANCE);
    assertTrue(plain.reached() && damped.reached());
    // measured: undamped 34 of 64 steps end CG on negative curvature (a steepest-descent step); damped 1 of 28
    assertTrue(negativeCurvatureExits(plain) >= 20, "undamped: " + negativeCurvatureExits(plain));
    assertTrue(negativeCurvatureExits(damped) <= 2, "damped: " + negativeCurvatureExits(damped));
    assertTrue(2 * damped.iterations() <= plain.iterations(),
        "damped " + damped.iterations() + " vs undamped " + plain.iterations());
    assertTrue(distance(damped.theta(), problem.minimizer()) <= ROSENBROCK_POINT_TOLERANCE);
    // λ adapts: recorded every step, ρ with it, and it has shrunk by the end (the model is trusted near x*)
    double firstLambda = damped.telemetry().get(0).get("damping.lambda");
    double lastLambda = damped.telemetry().get(damped.telemetry().size() - 1).get("damping.lambda");
    assertEquals(NewtonCgConfig.DEFAULT_LAMBDA, firstLambda, 0.0);
    assertTrue(lastLambda < 1e-3, "final λ " + lastLambda);
    assertTrue(damped.telemetry().get(0).containsKey("damping.rho"));
  }

  private static long negativeCurvatureExits(Runs.Run run) {
    return run.telemetry().stream().filter(t -> t.get("cg.exit") == CgExit.NEGATIVE_CURVATURE.code()).count();
  }

  /** A Newton step on a quadratic with Armijo c = 0.99 and no backtracking: decreases f but fails the search. */
  private static StepReport failingSearch(String policy, double[] theta, ContractStepContext context) {
    Optimizer optimizer = ContractPlugins.optimizer("newton-cg", "{\"forcingTolerance\": 1e-12, "
        + "\"lineSearch\": {\"id\": \"backtracking\", \"sufficientDecrease\": 0.99, \"maxReductions\": 0}, "
        + "\"onLineSearchFailure\": \"" + policy + "\"}", 10, 1);
    return optimizer.step(context, theta);
  }

  @Test
  @DisplayName("onLineSearchFailure = stop: θ unchanged, the search's status in the message, failure counted")
  void failurePolicyStop() {
    ContractQuadratic quadratic = new ContractQuadratic(10, 10, 2);
    ContractStepContext context = context(quadratic);
    double[] theta = new double[10];
    StepReport report = failingSearch("stop", theta, context);
    assertEquals(StepStatus.FAILED, report.status());
    assertTrue(report.message().startsWith("line search stopped with MAX_EVALUATIONS after 1 evaluations (last step "
        + "1.0, CG exit CONVERGED after "), report.message());
    assertArrayEquals(new double[10], theta, 0.0);
    assertEquals(1.0, context.telemetry().get("lineSearch.failures"));
  }

  @Test
  @DisplayName("onLineSearchFailure = accept-last: moves to the best trial (here the exact Newton point x*)")
  void failurePolicyAcceptLast() {
    ContractQuadratic quadratic = new ContractQuadratic(10, 10, 2);
    ContractStepContext context = context(quadratic);
    double[] theta = new double[10];
    StepReport report = failingSearch("accept-last", theta, context);
    assertEquals(StepStatus.CONTINUE, report.status());
    assertEquals(1.0, report.stepLength(), 0.0);
    assertTrue(distance(theta, quadratic.minimizer()) <= 1e-10 * Vectors.norm2(quadratic.minimizer()));
    assertEquals(1.0, context.telemetry().get("lineSearch.failures"));
  }

  @Test
  @DisplayName("onLineSearchFailure = reset-memory: retries once along −g; both failing fails the step")
  void failurePolicyResetMemory() {
    ContractQuadratic quadratic = new ContractQuadratic(10, 10, 2);
    ContractStepContext context = context(quadratic);
    double[] theta = new double[10];
    StepReport report = failingSearch("reset-memory", theta, context);
    // along −g with α = 1 the decrease is at most ½‖g‖² (H ⪰ I), short of Armijo's 0.99‖g‖²
    assertEquals(StepStatus.FAILED, report.status());
    assertEquals("line search along the Newton-CG direction stopped with MAX_EVALUATIONS after 1 evaluations; "
        + "the retry along −∇f stopped with MAX_EVALUATIONS after 1 evaluations", report.message());
    assertEquals(2.0, context.telemetry().get("lineSearch.evaluations"));
    assertArrayEquals(new double[10], theta, 0.0);
  }
}
