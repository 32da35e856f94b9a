package org.hesstrucks.optimizer.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepReport;
import org.hesstrucks.optimizer.StepStatus;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractStepContext;
import org.hesstrucks.testkit.problems.TestProblem;
import org.hesstrucks.testkit.problems.TestProblems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our {@code lbfgs} and {@code newton-cg} (default configurations, and newton-cg with strong Wolfe, the search
 * SciPy's Newton-CG uses; created by id as the harness does) against SciPy's L-BFGS-B and Newton-CG on the fixture {@code scipy-reference.json} written by
 * {@code scripts/scipy_reference.py}.
 *
 * <p><b>Stopping rule</b> (both sides): the first iterate with ‖∇f‖₂ ≤ the fixture's target, which is 1e-8, or
 * SciPy's smallest ‖∇f‖₂ where SciPy never reached 1e-8 (Newton-CG on Powell singular). ‖∇f‖ is checked before
 * each of our steps outside the counted objective.
 *
 * <p><b>How counts map</b> (evaluation at x₀ included on both sides): SciPy's {@code nfev} = calls that compute
 * f, against ours value-only calls + value-and-gradient calls (each of ours computes f); SciPy's {@code njev}
 * = calls that compute ∇f, against our value-and-gradient calls; SciPy's {@code nhev} against our
 * Hessian-vector products. L-BFGS-B evaluates f and ∇f together, so its nfev = njev; our lbfgs with strong Wolfe
 * also evaluates both at every trial. Each of ours must be at most {@value #COUNT_RATIO}× SciPy's, except where
 * {@link #ALLOWANCES} states a measured ratio and a reason.
 *
 * <p>Generates {@code target/against-scipy.md}, the table in docs/optimizers.md ("Against SciPy").
 */
class ScipyConformanceTest {
  /** The bound: each of our counts at most 1.25× SciPy's. */
  static final double COUNT_RATIO = 1.25;
  /** Steps before a run is declared not converging (SciPy's slowest run reaching its target took 2,536). */
  private static final int MAX_ITERATIONS = 20_000;
  /**
   * Our iterate and SciPy's agree to |xᵢ − yᵢ| ≤ this·max(1, |yᵢ|): at ‖∇f‖ ≤ 1e-8 a non-singular minimum pins
   * x to about ‖H⁻¹‖·1e-8 (Rosenbrock: 2.5e-8); 1e-6 leaves room for the worst conditioned (Wood, extended
   * Rosenbrock).
   */
  private static final double POINT_TOLERANCE = 1e-6;
  /**
   * Powell singular: the Hessian at the minimiser 0 has rank 2, f grows like x⁴ along its null space, so
   * ‖∇f‖ ~ ‖x‖³ and ‖∇f‖ ≤ 1e-8 (or SciPy's 2.3e-7) only pins x to about (1e-8)^(1/3) ≈ 2e-3; both iterates are
   * compared with 0 instead of with each other, at 2e-2.
   */
  private static final double SINGULAR_POINT_TOLERANCE = 2e-2;
  /** Stated ratios are rounded to three decimals. */
  private static final double RATIO_ROUNDING = 5e-4;
  /** The script codes the problems as the testkit does: f and ∇f at x₀ agree to rounding. */
  private static final double CODING_TOLERANCE = 1e-13;

  /** Why a count of ours may exceed {@link #COUNT_RATIO}× SciPy's. */
  enum Reason {
    /**
     * newton-cg with backtracking evaluates f and ∇f at θ at the start of every step although the search before
     * already evaluated f at that accepted point (the objective has no gradient-only evaluation, so the value
     * comes along); SciPy's ScalarFunction caches the last point and does not count it again. (With strong
     * Wolfe the search evaluated ∇f too, and newton-cg reuses both.) The test verifies the explanation: counted as SciPy
     * counts ({@link ScipyStyleCounts}), the same run must be within {@value #COUNT_RATIO}×.
     */
    RECOMPUTED_AT_ACCEPTED_POINT,
    /** Not bookkeeping: more steps than SciPy; the detail says what we believe explains it. */
    MORE_STEPS
  }

  /**
   * A count of ours allowed above {@link #COUNT_RATIO}× SciPy's: the measured ratio, which must still hold
   * (a run that gets worse fails), and why.
   */
  record Allowance(String problem, Pairing pairing, String count, double measuredRatio, Reason reason,
      String detail) {}

  private static final String POWELL_LBFGS = "Powell singular's Hessian at the minimiser has rank 2, so L-BFGS "
      + "converges slowly along the null space and the number of steps depends on the exact sequence of accepted "
      + "steps: ours 65 steps against SciPy's 54, with the same cost per step (1.20 against 1.13 evaluations). "
      + "Believed cause: the line searches differ (ours: N&W bracketing and zoom with cubic interpolation; "
      + "L-BFGS-B: MINPACK-2 dcsrch, Moré–Thuente), not overhead";

  /** The stated allowances (measured with the fixture in this module); everything else is held to 1.25×. */
  static final List<Allowance> ALLOWANCES = List.of(
      new Allowance("powell-singular", Pairing.LBFGS, "values", 1.279, Reason.MORE_STEPS, POWELL_LBFGS),
      new Allowance("powell-singular", Pairing.LBFGS, "gradients", 1.279, Reason.MORE_STEPS, POWELL_LBFGS),
      recomputed("rosenbrock", Pairing.NEWTON_CG, "values", 1.449),
      recomputed("extended-rosenbrock-10", Pairing.NEWTON_CG, "values", 1.449),
      recomputed("extended-rosenbrock-100", Pairing.NEWTON_CG, "values", 1.468),
      recomputed("beale", Pairing.NEWTON_CG, "values", 1.734),
      recomputed("brown-badly-scaled", Pairing.NEWTON_CG, "values", 1.600),
      recomputed("helical-valley", Pairing.NEWTON_CG, "values", 1.875));

  private static Allowance recomputed(String problem, Pairing pairing, String count, double measuredRatio) {
    return new Allowance(problem, pairing, count, measuredRatio, Reason.RECOMPUTED_AT_ACCEPTED_POINT,
        "f" + (count.equals("gradients") ? " and ∇f" : "") + " recomputed at each accepted point");
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNode FIXTURE = readFixture();
  private static final Map<Integer, String> ROWS = new ConcurrentSkipListMap<>();

  private static JsonNode readFixture() {
    try (InputStream in = ScipyConformanceTest.class.getResourceAsStream("/scipy-reference.json")) {
      if (in == null) {
        throw new IllegalStateException("scipy-reference.json is not on the test class path");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The testkit problem behind a fixture key, fresh. */
  static TestProblem problem(String key) {
    Map<String, Supplier<TestProblem>> problems = Map.of(
        "rosenbrock", TestProblems::rosenbrock,
        "extended-rosenbrock-10", () -> TestProblems.extendedRosenbrock(10),
        "extended-rosenbrock-100", () -> TestProblems.extendedRosenbrock(100),
        "beale", TestProblems::beale,
        "powell-singular", TestProblems::powellSingular,
        "wood", TestProblems::wood,
        "brown-badly-scaled", TestProblems::brownBadlyScaled,
        "helical-valley", TestProblems::helicalValley);
    Supplier<TestProblem> supplier = problems.get(key);
    if (supplier == null) {
      throw new IllegalArgumentException("no testkit problem for fixture key " + key);
    }
    return supplier.get();
  }

  /** Our optimizer id and the SciPy method it is compared with. */
  enum Pairing {
    LBFGS("lbfgs", "{}", "L-BFGS-B", "default (m = 10, strong Wolfe)"),
    NEWTON_CG("newton-cg", "{}", "Newton-CG", "default (exact, backtracking)"),
    NEWTON_CG_WOLFE("newton-cg", "{\"lineSearch\": {\"id\": \"strong-wolfe\"}}", "Newton-CG",
        "strong Wolfe");

    final String id;
    final String config;
    final String scipy;
    final String label;

    Pairing(String id, String config, String scipy, String label) {
      this.id = id;
      this.config = config;
      this.scipy = scipy;
      this.label = label;
    }

    @Override
    public String toString() {
      return id + " " + label;
    }
  }

  /** What one of our runs did, counted by the step context's {@code CountingObjective}. */
  record Run(int iterations, long values, long gradients, long hessianVectors, long scipyStyleValues,
      long scipyStyleGradients, double gradientNorm, double[] x, boolean reached, String lastMessage) {}

  static Run run(Pairing pairing, TestProblem problem, double target) {
    Objective f = problem.objective();
    int n = f.dimension();
    Optimizer optimizer = ContractPlugins.optimizer(pairing.id, pairing.config, n, 1L);
    ScipyStyleCounts scipyStyle = new ScipyStyleCounts(f);
    ContractStepContext context = new ContractStepContext(scipyStyle);
    double[] x = problem.start();
    double[] g = new double[n];
    StepReport report = null;
    int k = 0;
    while (true) {
      f.valueAndGradient(x, g);
      double norm = Vectors.norm2(g);
      boolean reached = norm <= target;
      if (reached || k == MAX_ITERATIONS || (report != null && report.status() != StepStatus.CONTINUE)) {
        var c = context.counter();
        return new Run(k, c.valueCalls() + c.gradientCalls(), c.gradientCalls(), c.hessianVectorCalls(),
            scipyStyle.values(), scipyStyle.gradients(), norm, x, reached, report == null ? "" : report.status() + " " + report.message());
      }
      report = optimizer.step(context, x);
      context.advance();
      k++;
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    int index = 0;
    for (JsonNode p : FIXTURE.get("problems")) {
      for (Pairing pairing : Pairing.values()) {
        cases.add(Arguments.of(index++, p.get("key").asText(), pairing));
      }
    }
    return cases.stream();
  }

  private static JsonNode entry(String key) {
    for (JsonNode p : FIXTURE.get("problems")) {
      if (p.get("key").asText().equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException(key);
  }

  private static double[] vector(JsonNode array) {
    double[] v = new double[array.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = array.get(i).asDouble();
    }
    return v;
  }

  private static Allowance allowance(String problem, Pairing pairing, String count) {
    for (Allowance e : ALLOWANCES) {
      if (e.problem().equals(problem) && e.pairing() == pairing && e.count().equals(count)) {
        return e;
      }
    }
    return null;
  }

  /**
   * ours ≤ 1.25·scipy; or a stated allowance applies, its measured ratio still holds, it is still needed, and
   * for {@link Reason#RECOMPUTED_AT_ACCEPTED_POINT} the count as SciPy would have counted it is ≤ 1.25·scipy.
   */
  private static void assertCount(String problem, Pairing pairing, String count, long ours, long scipyStyle,
      long scipy, List<String> failures) {
    double ratio = scipy == 0 ? (ours == 0 ? 0 : Double.POSITIVE_INFINITY) : (double) ours / scipy;
    Allowance e = allowance(problem, pairing, count);
    if (e == null) {
      if (ours > COUNT_RATIO * scipy) {
        failures.add(String.format(Locale.ROOT, "%s: ours %d, SciPy %d, ratio %.3f > %.2f", count, ours, scipy,
            ratio, COUNT_RATIO));
      }
      return;
    }
    if (ours <= COUNT_RATIO * scipy) {
      failures.add(String.format(Locale.ROOT, "%s: the stated allowance is no longer needed (ratio %.3f); remove "
          + "it", count, ratio));
    } else if (ratio > e.measuredRatio() + RATIO_ROUNDING) {
      failures.add(String.format(Locale.ROOT, "%s: ratio %.3f is worse than the stated %.3f", count, ratio,
          e.measuredRatio()));
    }
    if (e.reason() == Reason.RECOMPUTED_AT_ACCEPTED_POINT && scipyStyle > COUNT_RATIO * scipy) {
      failures.add(String.format(Locale.ROOT, "%s: the stated reason (recomputation) does not explain it: counted "
          + "as SciPy counts, ours %d against SciPy's %d", count, scipyStyle, scipy));
    }
  }

  private static String ratioCell(long ours, long scipy) {
    if (scipy == 0) {
      return ours == 0 ? "–" : "∞";
    }
    double ratio = (double) ours / scipy;
    return String.format(Locale.ROOT, ratio < 0.01 ? "%.4f" : "%.2f", ratio);
  }

  @ParameterizedTest(name = "{1}: {2} against SciPy")
  @MethodSource("cases")
  @DisplayName("our values, gradients and Hessian-vector products reaching SciPy's ‖∇f‖ are ≤ 1.25× SciPy's "
      + "(or a stated allowance holds), at SciPy's minimiser")
  void countsAndMinimiser(int index, String key, Pairing pairing) {
    JsonNode p = entry(key);
    JsonNode at = p.get(pairing.scipy).get("atTolerance");
    double target = at.get("target").asDouble();
    TestProblem problem = problem(key);
    Run ours = run(pairing, problem, target);
    assertTrue(ours.reached(), () -> pairing.id + " did not reach ‖∇f‖ ≤ " + target + " on " + key + ": "
        + ours.iterations() + " steps, ‖∇f‖ = " + ours.gradientNorm() + ", last " + ours.lastMessage());

    long nfev = at.get("nfev").asLong();
    long njev = at.get("njev").asLong();
    long nhev = at.get("nhev").asLong();
    double[] scipyX = vector(at.get("x"));
    boolean singular = key.equals("powell-singular");
    double[] reference = singular ? problem.minimizer() : scipyX;
    double tolerance = singular ? SINGULAR_POINT_TOLERANCE : POINT_TOLERANCE;
    double worst = 0;
    double worstScipy = 0;
    for (int i = 0; i < reference.length; i++) {
      double scale = Math.max(1, Math.abs(reference[i]));
      worst = Math.max(worst, Math.abs(ours.x()[i] - reference[i]) / scale);
      worstScipy = Math.max(worstScipy, Math.abs(scipyX[i] - reference[i]) / scale);
    }
    ROWS.put(index, String.format(Locale.ROOT, "| %s (%d) | `%s` %s | %.1e | %d / %d / %d / %d | %d / %d / %d / %d "
        + "| %d / %d | %s / %s / %s | %s / %s | %.0e |", key, problem.dimension(), pairing.id, pairing.label, target,
        at.get("nit").asLong(), nfev, njev, nhev, ours.iterations(), ours.values(), ours.gradients(),
        ours.hessianVectors(), ours.scipyStyleValues(), ours.scipyStyleGradients(), ratioCell(ours.values(), nfev),
        ratioCell(ours.gradients(), njev), ratioCell(ours.hessianVectors(), nhev),
        ratioCell(ours.scipyStyleValues(), nfev), ratioCell(ours.scipyStyleGradients(), njev), worst));

    List<String> failures = new ArrayList<>();
    assertCount(key, pairing, "values", ours.values(), ours.scipyStyleValues(), nfev, failures);
    assertCount(key, pairing, "gradients", ours.gradients(), ours.scipyStyleGradients(), njev, failures);
    assertCount(key, pairing, "hessianVectors", ours.hessianVectors(), ours.hessianVectors(), nhev, failures);
    if (worst > tolerance) {
      failures.add(String.format(Locale.ROOT, "minimiser: max relative difference %.3e > %.1e", worst, tolerance));
    }
    if (singular && worstScipy > tolerance) {
      failures.add(String.format(Locale.ROOT, "SciPy's iterate is %.3e from 0", worstScipy));
    }
    if (!failures.isEmpty()) {
      fail(pairing.id + " on " + key + " (" + ours.iterations() + " steps): " + String.join("; ", failures));
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("problems")
  @DisplayName("the script codes each problem as the testkit does: same start, f(x₀) and ∇f(x₀) to rounding")
  void scriptMatchesTestkit(String key) {
    JsonNode p = entry(key);
    TestProblem problem = problem(key);
    double[] start = problem.start();
    double[] fixtureStart = vector(p.get("start"));
    for (int i = 0; i < start.length; i++) {
      assertEquals(start[i], fixtureStart[i], 0.0, "x₀[" + i + "]");
    }
    double[] g = new double[start.length];
    double f = problem.objective().valueAndGradient(start, g);
    assertEquals(p.get("startValue").asDouble(), f, CODING_TOLERANCE * Math.abs(f), "f(x₀)");
    double[] fixtureGradient = vector(p.get("startGradient"));
    double scale = Vectors.norm2(g);
    for (int i = 0; i < g.length; i++) {
      assertEquals(fixtureGradient[i], g[i], CODING_TOLERANCE * scale, "∇f(x₀)[" + i + "]");
    }
  }

  static Stream<String> problems() {
    List<String> keys = new ArrayList<>();
    FIXTURE.get("problems").forEach(p -> keys.add(p.get("key").asText()));
    return keys.stream();
  }

  @Test
  @DisplayName("the fixture names the interpreter and the SciPy, NumPy and Python versions that produced it")
  void fixtureRecordsVersions() {
    for (String field : List.of("interpreter", "python", "scipy", "numpy")) {
      assertNotNull(FIXTURE.get(field), field);
      assertTrue(!FIXTURE.get(field).asText().isEmpty(), field);
    }
    assertEquals(1e-8, FIXTURE.get("tolerance").asDouble(), 0.0);
  }

  /** Writes the comparison table (rows of the runs that got far enough to be measured). */
  @AfterAll
  static void writeTable() throws IOException {
    if (ROWS.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder();
    out.append("<!-- generated by ScipyConformanceTest from scipy-reference.json (SciPy ")
        .append(FIXTURE.get("scipy").asText()).append(", NumPy ").append(FIXTURE.get("numpy").asText())
        .append(", Python ").append(FIXTURE.get("python").asText()).append(") -->\n");
    out.append("| problem (n) | ours (SciPy: L-BFGS-B for lbfgs, Newton-CG for newton-cg) | target ‖∇f‖ | SciPy "
        + "nit / nfev / njev / nhev | ours steps / values / gradients / Hv | ours counted as SciPy counts: values / "
        + "gradients | ratio values / gradients / Hv | ratio as SciPy counts | x: ours vs SciPy (max rel.; Powell "
        + "singular: vs 0) |\n");
    out.append("|---|---|---|---|---|---|---|---|---|\n");
    for (String row : ROWS.values()) {
      out.append(row).append('\n');
    }
    Path file = Path.of("target", "against-scipy.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
  }
}
