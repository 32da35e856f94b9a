package org.hesstrucks.linesearch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BacktrackingLineSearchTest {
  private static final double C = 1e-4;

  /** A one-dimensional objective from a function of x; records every point it is asked about. */
  private static final class Recording implements Objective {
    private final DoubleUnaryOperator f;
    final List<Double> trials = new ArrayList<>();

    Recording(DoubleUnaryOperator f) {
      this.f = f;
    }

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public double value(double[] x) {
      trials.add(x[0]);
      return f.applyAsDouble(x[0]);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradientOut) {
      throw new AssertionError("backtracking must not evaluate gradients");
    }
  }

  private static BacktrackingLineSearch search(double initialStep, double shrink, int maxReductions) {
    return new BacktrackingLineSearch(new BacktrackingConfig(initialStep, shrink, C, maxReductions));
  }

  @Test
  @DisplayName("½x² from x = 1 along d = −1, α₀ = 4, ρ = ½: tries 4, 2, 1 and accepts α = 1 at x = 0")
  void handComputedQuadratic() {
    // f(1 − α) = ½(1 − α)²; Armijo bound ½ − c·α.
    // α = 4: f = 4.5 > 0.4996; α = 2: f = 0.5 > 0.4998; α = 1: f = 0 ≤ 0.4999, accepted.
    Recording f = new Recording(x -> 0.5 * x * x);
    LineSearchResult result = new LineSearchResult(1);
    search(4, 0.5, 50).search(f, new double[] {1}, 0.5, new double[] {1}, new double[] {-1},
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.SATISFIED, result.status());
    assertTrue(result.status().isSuccess());
    assertEquals(1.0, result.step(), 0);
    assertEquals(3, result.evaluations());
    assertEquals(0.0, result.value(), 0);
    assertArrayEquals(new double[] {0}, result.point(), 0);
    assertEquals(List.of(-3.0, -1.0, 0.0), f.trials);
    assertFalse(result.gradientKnown());
  }

  @Test
  @DisplayName("the accepted point satisfies Armijo, f(x + αd) ≤ f(x) + c·α·∇f(x)ᵀd, on a 2-D quadratic")
  void armijoHoldsAtAcceptedPoint() {
    // f(x) = ½(x₀² + 10x₁²) from (1, 1) along −∇f = (−1, −10): α₀ = 1 overshoots badly.
    Objective f = new Objective() {
      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public double value(double[] x) {
        return 0.5 * (x[0] * x[0] + 10 * x[1] * x[1]);
      }

      @Override
      public double valueAndGradient(double[] x, double[] gradientOut) {
        throw new AssertionError();
      }
    };
    double[] x = {1, 1};
    double[] g = {1, 10};
    double[] d = {-1, -10};
    LineSearchResult result = new LineSearchResult(2);
    new BacktrackingLineSearch(BacktrackingConfig.defaults()).search(f, x, 5.5, g, d,
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.SATISFIED, result.status());
    double alpha = result.step();
    assertTrue(result.value() <= 5.5 + C * alpha * -101, "Armijo at α = " + alpha);
    assertEquals(f.value(result.point()), result.value(), 0);
    assertArrayEquals(new double[] {1 - alpha, 1 - 10 * alpha}, result.point(), 0);
    // Armijo fails at 2α (the step before), so α is the first acceptable power of ½.
    double[] previous = {1 - 2 * alpha, 1 - 20 * alpha};
    assertTrue(f.value(previous) > 5.5 + C * 2 * alpha * -101);
    assertArrayEquals(new double[] {1, 1}, x, 0);
  }

  @Test
  @DisplayName("NaN trial values are rejected and the search backtracks past them (f = NaN for |x| > 2)")
  void nanTrialsRejected() {
    Recording f = new Recording(x -> Math.abs(x) > 2 ? Double.NaN : 0.5 * x * x);
    LineSearchResult result = new LineSearchResult(1);
    // α = 8 → −7 NaN; α = 4 → −3 NaN; α = 2 → −1, f = 0.5 fails Armijo; α = 1 → 0 accepted.
    search(8, 0.5, 50).search(f, new double[] {1}, 0.5, new double[] {1}, new double[] {-1},
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.SATISFIED, result.status());
    assertEquals(1.0, result.step(), 0);
    assertEquals(4, result.evaluations());
    assertEquals(List.of(-7.0, -3.0, -1.0, 0.0), f.trials);
  }

  @Test
  @DisplayName("+∞ and −∞ trial values are rejected like NaN ones")
  void infiniteTrialsRejected() {
    Recording f = new Recording(x -> x < -2 ? Double.NEGATIVE_INFINITY : x > 2 ? Double.POSITIVE_INFINITY
        : 0.5 * x * x);
    LineSearchResult result = new LineSearchResult(1);
    search(8, 0.5, 50).search(f, new double[] {1}, 0.5, new double[] {1}, new double[] {-1},
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.SATISFIED, result.status());
    assertEquals(1.0, result.step(), 0);
    assertEquals(0.0, result.value(), 0);
    assertEquals(4, result.evaluations());

    Recording up = new Recording(x -> x > 2 ? Double.POSITIVE_INFINITY : 0.5 * x * x);
    search(4, 0.5, 50).search(up, new double[] {-1}, 0.5, new double[] {-1}, new double[] {1},
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(List.of(3.0, 1.0, 0.0), up.trials);
    assertEquals(1.0, result.step(), 0);
  }

  @Test
  @DisplayName("an ascent or orthogonal direction is refused with no evaluation and the point left at x")
  void notDescentDirection() {
    Objective f = mock(Objective.class);
    LineSearchResult result = new LineSearchResult(2);
    result.point()[0] = 42;
    double[] x = {1, 2};
    BacktrackingLineSearch search = new BacktrackingLineSearch(BacktrackingConfig.defaults());
    search.search(f, x, 3, new double[] {1, 1}, new double[] {1, 0}, LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.NOT_DESCENT_DIRECTION, result.status());
    assertEquals(0, result.evaluations());
    assertEquals(0.0, result.step(), 0);
    assertEquals(3.0, result.value(), 0);
    assertArrayEquals(x, result.point(), 0);
    assertFalse(result.status().isSuccess());

    search.search(f, x, 3, new double[] {1, 1}, new double[] {1, -1}, LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.NOT_DESCENT_DIRECTION, result.status());
    verifyNoInteractions(f);
  }

  @Test
  @DisplayName("a non-finite value, gradient or direction at the start is refused with no evaluation")
  void nonFiniteStart() {
    Objective f = mock(Objective.class);
    LineSearchResult result = new LineSearchResult(1);
    BacktrackingLineSearch search = new BacktrackingLineSearch(BacktrackingConfig.defaults());
    double[] x = {1};
    search.search(f, x, Double.NaN, new double[] {1}, new double[] {-1}, 1, result);
    assertEquals(LineSearchStatus.NON_FINITE_START, result.status());
    assertArrayEquals(x, result.point(), 0);
    assertEquals(0, result.evaluations());
    search.search(f, x, Double.POSITIVE_INFINITY, new double[] {1}, new double[] {-1}, 1, result);
    assertEquals(LineSearchStatus.NON_FINITE_START, result.status());
    search.search(f, x, 0.5, new double[] {Double.POSITIVE_INFINITY}, new double[] {-1}, 1, result);
    assertEquals(LineSearchStatus.NON_FINITE_START, result.status());
    search.search(f, x, 0.5, new double[] {1}, new double[] {Double.NaN}, 1, result);
    assertEquals(LineSearchStatus.NON_FINITE_START, result.status());
    verifyNoInteractions(f);
  }

  @Test
  @DisplayName("maxReductions = 3 on a function Armijo never accepts: 4 evaluations, MAX_EVALUATIONS at α₀/8")
  void maxEvaluations() {
    // f(x) = |x − 1| at its kink x = 1 with the subgradient 1: along d = −1 the claimed slope is −1 but f
    // grows, so no step satisfies Armijo.
    Recording f = new Recording(x -> Math.abs(x - 1));
    LineSearchResult result = new LineSearchResult(1);
    search(1, 0.5, 3).search(f, new double[] {1}, 0, new double[] {1}, new double[] {-1},
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.MAX_EVALUATIONS, result.status());
    assertEquals(4, result.evaluations());
    assertEquals(0.125, result.step(), 0);
    assertEquals(0.125, result.value(), 0);
    assertArrayEquals(new double[] {0.875}, result.point(), 0);
  }

  @Test
  @DisplayName("maxReductions = 0 allows exactly one trial")
  void zeroReductions() {
    Recording f = new Recording(x -> Math.abs(x - 1));
    LineSearchResult result = new LineSearchResult(1);
    search(1, 0.5, 0).search(f, new double[] {1}, 0, new double[] {1}, new double[] {-1},
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.MAX_EVALUATIONS, result.status());
    assertEquals(1, result.evaluations());
  }

  @Test
  @DisplayName("STEP_TOO_SMALL once αρ no longer moves x: from x = 1, after the trial at α = 2⁻⁵³ (54 trials)")
  void stepTooSmall() {
    // 1 − 2⁻⁵³ is a double, 1 − 2⁻⁵⁴ rounds back to 1: the trials are α = 2⁰ … 2⁻⁵³.
    Recording f = new Recording(x -> Math.abs(x - 1));
    LineSearchResult result = new LineSearchResult(1);
    search(1, 0.5, 100).search(f, new double[] {1}, 0, new double[] {1}, new double[] {-1},
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.STEP_TOO_SMALL, result.status());
    assertEquals(54, result.evaluations());
    assertEquals(Math.scalb(1.0, -53), result.step(), 0);
    assertArrayEquals(new double[] {1 - Math.scalb(1.0, -53)}, result.point(), 0);
  }

  @Test
  @DisplayName("an explicit initial step overrides the configured α₀; NaN (CONFIGURED_INITIAL_STEP) keeps it")
  void explicitInitialStep() {
    BacktrackingLineSearch search = search(4, 0.5, 50);
    LineSearchResult result = new LineSearchResult(1);
    Recording f = new Recording(x -> 0.5 * x * x);
    search.search(f, new double[] {1}, 0.5, new double[] {1}, new double[] {-1}, 1.0, result);
    assertEquals(1, result.evaluations());
    assertEquals(1.0, result.step(), 0);
    assertEquals(List.of(0.0), f.trials);

    Recording g = new Recording(x -> 0.5 * x * x);
    search.search(g, new double[] {1}, 0.5, new double[] {1}, new double[] {-1}, 0.75, result);
    assertEquals(List.of(0.25), g.trials);
    assertEquals(0.75, result.step(), 0);

    assertTrue(Double.isNaN(LineSearch.CONFIGURED_INITIAL_STEP));
    Recording h = new Recording(x -> 0.5 * x * x);
    search.search(h, new double[] {1}, 0.5, new double[] {1}, new double[] {-1},
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(List.of(-3.0, -1.0, 0.0), h.trials);
  }

  @Test
  @DisplayName("the search does not modify x, the gradient or the direction")
  void inputsNotModified() {
    double[] x = {1, -1};
    double[] g = {2, -2};
    double[] d = {-2, 2};
    Objective f = new Objective() {
      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public double value(double[] p) {
        return p[0] * p[0] + p[1] * p[1];
      }

      @Override
      public double valueAndGradient(double[] p, double[] out) {
        throw new AssertionError();
      }
    };
    LineSearchResult result = new LineSearchResult(2);
    new BacktrackingLineSearch(BacktrackingConfig.defaults()).search(f, x, 2, g, d,
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.SATISFIED, result.status());
    assertEquals(0.5, result.step(), 0);
    assertArrayEquals(new double[] {1, -1}, x, 0);
    assertArrayEquals(new double[] {2, -2}, g, 0);
    assertArrayEquals(new double[] {-2, 2}, d, 0);
  }

  @Test
  @DisplayName("the plugin is 'backtracking' with BacktrackingConfig and creates a search with the given config")
  void plugin() {
    BacktrackingLineSearchPlugin plugin = new BacktrackingLineSearchPlugin();
    assertEquals("backtracking", plugin.id());
    assertSame(BacktrackingConfig.class, plugin.configType());
    BacktrackingConfig config = new BacktrackingConfig(2.0, 0.3, null, null);
    LineSearch created = plugin.create(config);
    assertSame(config, ((BacktrackingLineSearch) created).config());
    assertFalse(plugin.description().isEmpty());
  }

  @Test
  @DisplayName("an explicit initial step that is zero, negative, infinite is refused before any evaluation")
  void badExplicitInitialStep() {
    BacktrackingLineSearch search = search(1, 0.5, 50);
    LineSearchResult result = new LineSearchResult(1);
    for (double bad : new double[] {0, -1, Double.POSITIVE_INFINITY}) {
      Recording f = new Recording(x -> 0.5 * x * x);
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> search.search(f, new double[] {1}, 0.5, new double[] {1}, new double[] {-1}, bad, result));
      assertEquals("initial step must be a positive finite number, got " + bad, e.getMessage());
      assertTrue(f.trials.isEmpty());
    }
  }

  @Test
  @DisplayName("the best trial is the lowest value seen: on a failed search it is kept apart from the last trial")
  void bestTrialOnFailure() {
    // f(x) = |x − 0.3| − 0.2 from x = 1 with a lying slope of −10 along d = −1 (claimed gradient 10), c = 0.5:
    // Armijo asks f(1 − α) ≤ 0.5 − 5α. α = 1: f(0) = 0.1 > −4.5; α = ½: f(0.5) = 0 > −2; α = ¼: f(0.75) = 0.25
    // > −0.75; α = ⅛: f(0.875) = 0.375 > −0.125. Four trials, none accepted; the lowest is α = ½ with f = 0.
    Recording f = new Recording(x -> Math.abs(x - 0.3) - 0.2);
    LineSearchResult result = new LineSearchResult(1);
    new BacktrackingLineSearch(new BacktrackingConfig(1.0, 0.5, 0.5, 3)).search(f, new double[] {1}, 0.5,
        new double[] {10}, new double[] {-1}, LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.MAX_EVALUATIONS, result.status());
    assertEquals(0.125, result.step(), 0);
    assertArrayEquals(new double[] {0.875}, result.point(), 0);
    assertEquals(0.5, result.bestStep(), 0);
    assertEquals(0.0, result.bestValue(), 1e-15);
    assertArrayEquals(new double[] {0.5}, result.bestPoint(), 0);
    assertTrue(result.hasDecrease(0.5));
    assertFalse(result.hasDecrease(-0.1));
  }

  @Test
  @DisplayName("the best trial ignores NaN values and is reset by each search (no trial: bestValue = +∞)")
  void bestTrialResetAndNan() {
    Recording f = new Recording(x -> Math.abs(x) > 2 ? Double.NaN : 0.5 * x * x);
    LineSearchResult result = new LineSearchResult(1);
    search(8, 0.5, 50).search(f, new double[] {1}, 0.5, new double[] {1}, new double[] {-1},
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    // Trials −7 (NaN), −3 (NaN), −1 (0.5), 0 (0): best is the accepted α = 1.
    assertEquals(1.0, result.bestStep(), 0);
    assertEquals(0.0, result.bestValue(), 0);
    assertArrayEquals(new double[] {0}, result.bestPoint(), 0);
    search(8, 0.5, 50).search(mock(Objective.class), new double[] {1}, 0.5, new double[] {1}, new double[] {1},
        LineSearch.CONFIGURED_INITIAL_STEP, result);
    assertEquals(LineSearchStatus.NOT_DESCENT_DIRECTION, result.status());
    assertEquals(Double.POSITIVE_INFINITY, result.bestValue(), 0);
    assertEquals(0.0, result.bestStep(), 0);
    assertFalse(result.hasDecrease(0.5));
  }
}
