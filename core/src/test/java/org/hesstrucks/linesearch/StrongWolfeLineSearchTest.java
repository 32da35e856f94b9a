package org.hesstrucks.linesearch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.plugin.PluginCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StrongWolfeLineSearchTest {
  /** The initial steps of Moré &amp; Thuente's tables: 1e-3, 1e-1, 10, 1e3. */
  private static final double[] MORE_THUENTE_STARTS = {1e-3, 1e-1, 10, 1e3};

  /** φ(α) = f(α) on the line x = α from 0 along d = 1; records every trial. */
  private static final class Line implements Objective {
    private final DoubleUnaryOperator f;
    private final DoubleUnaryOperator df;
    final List<Double> trials = new ArrayList<>();

    Line(DoubleUnaryOperator f, DoubleUnaryOperator df) {
      this.f = f;
      this.df = df;
    }

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public double value(double[] x) {
      throw new AssertionError("the strong-Wolfe search evaluates value and gradient together");
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradientOut) {
      trials.add(x[0]);
      gradientOut[0] = df.applyAsDouble(x[0]);
      return f.applyAsDouble(x[0]);
    }
  }

  private static StrongWolfeLineSearch search(double c1, double c2, int maxEvaluations, double maxStep) {
    return new StrongWolfeLineSearch(new StrongWolfeConfig(c1, c2, 1.0, maxEvaluations, maxStep));
  }

  /** Searches from x = 0 along d = 1 and returns the result. */
  private static LineSearchResult run(StrongWolfeLineSearch search, Line line, double initialStep) {
    LineSearchResult result = new LineSearchResult(1);
    double[] g = new double[1];
    double value = line.valueAndGradient(new double[] {0}, g);
    line.trials.clear();
    search.search(line, new double[] {0}, value, g, new double[] {1}, initialStep, result);
    return result;
  }

  /** Asserts success and both strong-Wolfe conditions at the accepted step, recomputed from φ and φ'. */
  private static void assertStrongWolfe(Line line, LineSearchResult result, double c1, double c2, String what) {
    assertEquals(LineSearchStatus.SATISFIED, result.status(), what + ": status after "
        + result.evaluations() + " evaluations at α = " + result.step());
    double alpha = result.step();
    double phi0 = line.f.applyAsDouble(0);
    double dphi0 = line.df.applyAsDouble(0);
    double phi = line.f.applyAsDouble(alpha);
    double dphi = line.df.applyAsDouble(alpha);
    assertTrue(phi <= phi0 + c1 * alpha * dphi0, what + ": sufficient decrease fails at α = " + alpha);
    assertTrue(Math.abs(dphi) <= c2 * Math.abs(dphi0), what + ": curvature fails at α = " + alpha
        + " (φ' = " + dphi + ")");
    assertEquals(phi, result.value(), 0, what + ": reported value");
    assertTrue(result.gradientKnown(), what + ": gradient known");
    assertEquals(dphi, result.gradient()[0], 0, what + ": reported gradient");
    assertEquals(alpha, result.point()[0], 0, what + ": reported point");
    assertEquals(line.trials.size(), result.evaluations(), what + ": evaluation count");
  }

  @Test
  @DisplayName("½(x − 3)² from 0: α₀ = 1 accepted at once with c2 = 0.9; with c2 = 0.1 the cubic step lands on α = 3")
  void quadratic() {
    Line line = new Line(x -> 0.5 * (x - 3) * (x - 3), x -> x - 3);
    // φ(1) = 2 ≤ 4.5 − 1e-4·3; |φ'(1)| = 2 ≤ 0.9·3.
    LineSearchResult loose = run(search(1e-4, 0.9, 25, 1e10), line, LineSearch.CONFIGURED_INITIAL_STEP);
    assertStrongWolfe(line, loose, 1e-4, 0.9, "c2 = 0.9");
    assertEquals(1.0, loose.step(), 0);
    assertEquals(1, loose.evaluations());
    // |φ'(1)| = 2 > 0.3: extrapolate; the cubic through (0, 4.5, −3) and (1, 2, −2) is the quadratic itself.
    LineSearchResult tight = run(search(1e-4, 0.1, 25, 1e10), line, LineSearch.CONFIGURED_INITIAL_STEP);
    assertStrongWolfe(line, tight, 1e-4, 0.1, "c2 = 0.1");
    assertEquals(3.0, tight.step(), 1e-12);
    assertEquals(2, tight.evaluations());
  }

  @Test
  @DisplayName("quartic (x² − 1)² from −2 (towards 1 and past it): both conditions hold from α₀ ∈ {0.01 … 1e3}")
  void quartic() {
    // Along d = 1 from x = −2: φ(α) = ((α − 2)² − 1)², minimisers at α = 1 and α = 3, local maximum at 2.
    Line line = new Line(a -> Math.pow((a - 2) * (a - 2) - 1, 2), a -> 4 * (a - 2) * ((a - 2) * (a - 2) - 1));
    for (double start : new double[] {0.01, 0.3, 1.7, 2.5, 5, 100, 1e3}) {
      for (double c2 : new double[] {0.9, 0.1, 1e-3}) {
        assertStrongWolfe(line, run(search(1e-4, c2, 25, 1e10), line, start), 1e-4, c2,
            "α₀ = " + start + ", c2 = " + c2);
      }
    }
  }

  @Test
  @DisplayName("Moré–Thuente function 1, −α/(α² + 2): from α₀ = 10 one evaluation accepts α = 10 (Table 1)")
  void moreThuente1() {
    double beta = 2;
    Line line = new Line(a -> -a / (a * a + beta), a -> (a * a - beta) / ((a * a + beta) * (a * a + beta)));
    // μ = 1e-3, η = 0.1. At α = 10: φ = −0.098 ≤ −0.005 and |φ'| = 98/10404 ≈ 0.0094 ≤ 0.1·0.5.
    LineSearchResult fromTen = run(search(1e-3, 0.1, 25, 1e10), line, 10);
    assertStrongWolfe(line, fromTen, 1e-3, 0.1, "α₀ = 10");
    assertEquals(10.0, fromTen.step(), 0);
    assertEquals(1, fromTen.evaluations());
    for (double start : MORE_THUENTE_STARTS) {
      LineSearchResult result = run(search(1e-3, 0.1, 25, 1e10), line, start);
      assertStrongWolfe(line, result, 1e-3, 0.1, "α₀ = " + start);
    }
  }

  @Test
  @DisplayName("Moré–Thuente function 2, (α + β)⁵ − 2(α + β)⁴ with β = 0.004: strong Wolfe from every α₀ of Table 2")
  void moreThuente2() {
    double beta = 0.004;
    Line line = new Line(a -> Math.pow(a + beta, 5) - 2 * Math.pow(a + beta, 4),
        a -> 5 * Math.pow(a + beta, 4) - 8 * Math.pow(a + beta, 3));
    // The paper's μ = η = 0.1 is not allowed here (c2 must exceed c1); c1 = 1e-4 keeps η = 0.1.
    for (double start : MORE_THUENTE_STARTS) {
      LineSearchResult result = run(search(1e-4, 0.1, 25, 1e10), line, start);
      assertStrongWolfe(line, result, 1e-4, 0.1, "α₀ = " + start);
      // |φ'| ≤ 0.1|φ'(0)| ≈ 5e-8 only near the minimiser α* = 1.6 − β = 1.596.
      assertEquals(1.596, result.step(), 1e-3, "α₀ = " + start);
    }
  }

  @Test
  @DisplayName("Moré–Thuente function 3 (wiggly, β = 0.01, l = 39): strong Wolfe from every α₀ of Table 3")
  void moreThuente3() {
    double beta = 0.01;
    double l = 39;
    DoubleUnaryOperator phi0 = a -> a <= 1 - beta ? 1 - a : a >= 1 + beta ? a - 1 : (a - 1) * (a - 1) / (2 * beta) + beta / 2;
    DoubleUnaryOperator dphi0 = a -> a <= 1 - beta ? -1 : a >= 1 + beta ? 1 : (a - 1) / beta;
    Line line = new Line(a -> phi0.applyAsDouble(a) + 2 * (1 - beta) / (l * Math.PI) * Math.sin(l * Math.PI / 2 * a),
        a -> dphi0.applyAsDouble(a) + (1 - beta) * Math.cos(l * Math.PI / 2 * a));
    for (double start : MORE_THUENTE_STARTS) {
      assertStrongWolfe(line, run(search(1e-4, 0.1, 25, 1e10), line, start), 1e-4, 0.1, "α₀ = " + start);
    }
  }

  @Test
  @DisplayName("Moré–Thuente functions 4–6 (Yanai–Ozawa–Kaneko, η = 1e-3): strong Wolfe from every α₀ of Tables 4–6")
  void moreThuente4to6() {
    double[][] betas = {{1e-3, 1e-3}, {1e-2, 1e-3}, {1e-3, 1e-2}};
    for (double[] b : betas) {
      double b1 = b[0];
      double b2 = b[1];
      double g1 = Math.sqrt(1 + b1 * b1) - b1;
      double g2 = Math.sqrt(1 + b2 * b2) - b2;
      Line line = new Line(a -> g1 * Math.sqrt((1 - a) * (1 - a) + b2 * b2) + g2 * Math.sqrt(a * a + b1 * b1),
          a -> -g1 * (1 - a) / Math.sqrt((1 - a) * (1 - a) + b2 * b2) + g2 * a / Math.sqrt(a * a + b1 * b1));
      for (double start : MORE_THUENTE_STARTS) {
        assertStrongWolfe(line, run(search(1e-4, 1e-3, 25, 1e10), line, start), 1e-4, 1e-3,
            "β = (" + b1 + ", " + b2 + "), α₀ = " + start);
      }
    }
  }

  @Test
  @DisplayName("NaN for x > 4: trials in the NaN region are rejected and the search bisects back to a Wolfe point")
  void nanRegion() {
    Line line = new Line(x -> x > 4 ? Double.NaN : 0.5 * (x - 3) * (x - 3), x -> x > 4 ? Double.NaN : x - 3);
    LineSearchResult result = run(search(1e-4, 0.9, 25, 1e10), line, 100);
    assertStrongWolfe(line, result, 1e-4, 0.9, "α₀ = 100");
    assertTrue(result.step() <= 4);
    // 100 → 50 → 25 → 12.5 → 6.25 are NaN; 3.125 is finite with |φ'| = 0.125.
    assertEquals(List.of(100.0, 50.0, 25.0, 12.5, 6.25, 3.125), line.trials);
    // A finite value with a NaN gradient is just as unusable.
    Line nanGradient = new Line(x -> 0.5 * (x - 3) * (x - 3), x -> x > 4 ? Double.NaN : x - 3);
    assertStrongWolfe(nanGradient, run(search(1e-4, 0.9, 25, 1e10), nanGradient, 100), 1e-4, 0.9, "NaN gradient");
  }

  @Test
  @DisplayName("an ascent or orthogonal direction, or a non-finite start, is refused with zero evaluations")
  void notDescentDirection() {
    Objective f = mock(Objective.class);
    StrongWolfeLineSearch search = new StrongWolfeLineSearch(StrongWolfeConfig.defaults());
    LineSearchResult result = new LineSearchResult(2);
    double[] x = {1, 2};
    search.search(f, x, 3, new double[] {1, 1}, new double[] {1, 0}, LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.NOT_DESCENT_DIRECTION, result.status());
    assertEquals(0, result.evaluations());
    assertArrayEquals(x, result.point(), 0);
    search.search(f, x, 3, new double[] {1, 1}, new double[] {1, -1}, LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.NOT_DESCENT_DIRECTION, result.status());
    search.search(f, x, Double.NaN, new double[] {1, 1}, new double[] {-1, 0}, 1, result);
    assertEquals(LineSearchStatus.NON_FINITE_START, result.status());
    assertEquals(Double.POSITIVE_INFINITY, result.bestValue(), 0);
    verifyNoInteractions(f);
  }

  @Test
  @DisplayName("a lying gradient (f flat, slope −1 claimed) stops at exactly maxEvaluations = 25 trials")
  void maxEvaluationsOnPathologicalFunction() {
    Line flat = new Line(x -> x == 1 ? 0 : 1, x -> -1);
    LineSearchResult result = new LineSearchResult(1);
    double[] x = {1};
    search(1e-4, 0.9, 25, 1e10).search(flat, x, 0, new double[] {-1}, new double[] {1},
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.MAX_EVALUATIONS, result.status());
    assertEquals(25, result.evaluations());
    assertEquals(25, flat.trials.size());
    assertFalse(result.hasDecrease(0));
    // With a generous cap the bracket shrinks geometrically until x + αd rounds to x: far fewer than 1000.
    flat.trials.clear();
    search(1e-4, 0.9, 1000, 1e10).search(flat, x, 0, new double[] {-1}, new double[] {1},
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertTrue(result.status() == LineSearchStatus.STEP_TOO_SMALL
        || result.status() == LineSearchStatus.INTERVAL_TOO_SMALL, "status " + result.status());
    assertTrue(result.evaluations() < 200, result.evaluations() + " evaluations");
    assertEquals(flat.trials.size(), result.evaluations());
  }

  @Test
  @DisplayName("f = −x (unbounded): trials 1, 5, 21, 85, then maxStep = 100 ends with MAX_STEP_REACHED")
  void maximumStep() {
    Line linear = new Line(x -> -x, x -> -1);
    LineSearchResult result = run(search(1e-4, 0.9, 25, 100), linear, LineSearch.CONFIGURED_INITIAL_STEP);
    assertEquals(LineSearchStatus.MAX_STEP_REACHED, result.status());
    // The cubic through two points of a line has no minimiser: each trial is α + 4(α − α_prev).
    assertEquals(List.of(1.0, 5.0, 21.0, 85.0, 100.0), linear.trials);
    assertEquals(100.0, result.step(), 0);
    assertEquals(100.0, result.bestStep(), 0);
    LineSearchResult capped = run(search(1e-4, 0.9, 25, 1e300), linear, LineSearch.CONFIGURED_INITIAL_STEP);
    assertEquals(LineSearchStatus.MAX_EVALUATIONS, capped.status());
    assertEquals(25, capped.evaluations());
  }

  @Test
  @DisplayName("two searches on one problem give bit-identical trials, steps and points")
  void deterministic() {
    DoubleUnaryOperator f = a -> Math.pow((a - 2) * (a - 2) - 1, 2) + 0.1 * Math.sin(7 * a);
    DoubleUnaryOperator df = a -> 4 * (a - 2) * ((a - 2) * (a - 2) - 1) + 0.7 * Math.cos(7 * a);
    Line first = new Line(f, df);
    Line second = new Line(f, df);
    LineSearchResult a = run(search(1e-4, 0.1, 25, 1e10), first, 7.3);
    LineSearchResult b = run(search(1e-4, 0.1, 25, 1e10), second, 7.3);
    assertEquals(first.trials, second.trials);
    assertEquals(a.status(), b.status());
    assertEquals(a.step(), b.step(), 0);
    assertArrayEquals(a.point(), b.point(), 0);
    assertArrayEquals(a.gradient(), b.gradient(), 0);
  }

  @Test
  @DisplayName("the cubic and quadratic interpolants recover the minimiser of a quadratic exactly")
  void interpolants() {
    // (α − 1)²: φ(0) = 1, φ'(0) = −2, φ(3) = 4, φ'(3) = 4.
    assertEquals(1.0, StrongWolfeLineSearch.cubicMinimizer(0, 1, -2, 3, 4, 4), 1e-15);
    assertEquals(1.0, StrongWolfeLineSearch.cubicMinimizer(3, 4, 4, 0, 1, -2), 1e-15);
    assertEquals(1.0, StrongWolfeLineSearch.quadraticMinimizer(0, 1, -2, 3, 4), 1e-15);
    // α³ − 3α: minimiser 1 from (0, 0, −3) and (2, 2, 9).
    assertEquals(1.0, StrongWolfeLineSearch.cubicMinimizer(0, 0, -3, 2, 2, 9), 1e-15);
    // A concave quadratic has no minimiser.
    assertTrue(Double.isNaN(StrongWolfeLineSearch.quadraticMinimizer(0, 0, -1, 1, -2)));
  }

  @Test
  @DisplayName("config: defaults c1 = 1e-4, c2 = 0.9, α₀ = 1, 25 evaluations, maxStep 1e10; bad values refused exactly")
  void config() {
    assertEquals(new StrongWolfeConfig(1e-4, 0.9, 1.0, 25, 1e10), StrongWolfeConfig.defaults());
    assertEquals("c1: expected a number in (0, 1), got -0.1",
        assertThrows(ConfigException.class, () -> new StrongWolfeConfig(-0.1, null, null, null, null)).getMessage());
    assertEquals("c1: expected a number in (0, 1), got 0",
        assertThrows(ConfigException.class, () -> new StrongWolfeConfig(0.0, null, null, null, null)).getMessage());
    assertEquals("c2: expected a number in (0, 1), got 1",
        assertThrows(ConfigException.class, () -> new StrongWolfeConfig(null, 1.0, null, null, null)).getMessage());
    assertEquals("c2: expected a number in (c1, 1) with c1 = 0.5, got 0.5",
        assertThrows(ConfigException.class, () -> new StrongWolfeConfig(0.5, 0.5, null, null, null)).getMessage());
    assertEquals("c2: expected a number in (c1, 1) with c1 = 0.5, got 0.1",
        assertThrows(ConfigException.class, () -> new StrongWolfeConfig(0.5, 0.1, null, null, null)).getMessage());
    assertEquals("maxEvaluations: expected a positive integer, got 0",
        assertThrows(ConfigException.class, () -> new StrongWolfeConfig(null, null, null, 0, null)).getMessage());
    assertEquals("maxStep: expected a number ≥ initialStep = 2.0, got 1",
        assertThrows(ConfigException.class, () -> new StrongWolfeConfig(null, null, 2.0, null, 1.0)).getMessage());
  }

  @Test
  @DisplayName("found by ServiceLoader as 'strong-wolfe'; a bad c2 is reported at its JSON path")
  void plugin() throws Exception {
    PluginCatalog catalog = PluginCatalog.discoverClassPath();
    LineSearch search = ConfigBinder.lineSearch(catalog, LineSearchSpec.strongWolfe(), "$.o.lineSearch");
    assertEquals(StrongWolfeConfig.defaults(), assertInstanceOf(StrongWolfeLineSearch.class, search).config());
    LineSearchSpec bad = ConfigBinder.mapper().readValue("{\"id\": \"strong-wolfe\", \"c1\": 0.2, \"c2\": 0.1}",
        LineSearchSpec.class);
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigBinder.lineSearch(catalog, bad, "$.optimizers[0].lineSearch"));
    assertEquals("$.optimizers[0].lineSearch.c2: expected a number in (c1, 1) with c1 = 0.2, got 0.1", e.getMessage());
  }
}
