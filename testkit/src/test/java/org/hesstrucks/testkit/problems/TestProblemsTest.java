package org.hesstrucks.testkit.problems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.testkit.GradientCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TestProblemsTest {
  /**
   * Central differences with h ≈ 6e-6 have truncation error O(h²·f'''/f') plus rounding O(ε·f/(h·‖g‖)); on
   * these problems (values up to 1e12 at Brown's start) the sum stays below this relative error.
   */
  private static final double DIFFERENCE_TOLERANCE = 1e-6;
  /**
   * Brown badly scaled: f ≈ 1e12 near its start, so the rounding term ε·f/h ≈ 40 against ‖∇f‖ ≈ 2e6 alone
   * gives a relative error of ~2e-5 (measured 4.4e-6 for the gradient, 1.5e-6 for the product).
   */
  private static final double BADLY_SCALED_DIFFERENCE_TOLERANCE = 1e-4;
  /** ‖∇f(x*)‖: Brown's x₁x₂ − 2 rounds to ~2e-16 at x*, times 2x₁ = 2e6 gives ~4e-10. */
  private static final double GRADIENT_AT_MINIMIZER_TOLERANCE = 1e-9;
  private static final double MINIMUM_TOLERANCE = 1e-15;
  /** Random points are start + this · N(0, 1): near the start, away from helical valley's jump at x₁ = 0. */
  private static final double RANDOM_SPREAD = 0.3;

  static Stream<TestProblem> problems() {
    List<TestProblem> all = new ArrayList<>(TestProblems.classic());
    all.add(TestProblems.extendedRosenbrock(100));
    all.add(TestProblems.logCoshQuadratic(30, 1e4, 5));
    return all.stream();
  }

  private static double tolerance(TestProblem problem) {
    return problem.name().equals("brown-badly-scaled") ? BADLY_SCALED_DIFFERENCE_TOLERANCE : DIFFERENCE_TOLERANCE;
  }

  private static List<double[]> points(TestProblem problem) {
    Random random = new Random(problem.name().hashCode());
    List<double[]> points = new ArrayList<>();
    points.add(problem.start());
    for (int k = 0; k < 3; k++) {
      double[] x = problem.start();
      for (int i = 0; i < x.length; i++) {
        x[i] += RANDOM_SPREAD * random.nextGaussian();
      }
      points.add(x);
    }
    return points;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  @DisplayName("the gradient agrees with central differences at the start and at random points")
  void gradientMatchesDifferences(TestProblem problem) {
    for (double[] x : points(problem)) {
      double error = GradientCheck.gradientError(problem.objective(), x);
      assertTrue(error < tolerance(problem), problem + ": gradient error " + error);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  @DisplayName("the exact Hessian-vector product agrees with central differences of gradients and is symmetric")
  void exactProductMatchesDifferences(TestProblem problem) {
    Random random = new Random(17);
    Objective f = problem.objective();
    for (double[] x : points(problem)) {
      CurvatureOperator exact = f.curvatureAt(x, CurvatureMode.EXACT);
      double[] v = new double[x.length];
      double[] u = new double[x.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = random.nextGaussian();
        u[i] = random.nextGaussian();
      }
      double error = GradientCheck.productError(f, exact, x, v);
      assertTrue(error < tolerance(problem), problem + ": product error " + error);
      assertTrue(GradientCheck.asymmetry(exact, u, v) < 1e-12, problem + ": asymmetric");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  @DisplayName("the gradient vanishes at the published minimiser and the value there is the published minimum")
  void publishedMinimum(TestProblem problem) {
    double[] g = new double[problem.dimension()];
    double f = problem.objective().valueAndGradient(problem.minimizer(), g);
    assertEquals(problem.minimum(), f, MINIMUM_TOLERANCE, problem + ": f(x*)");
    assertEquals(problem.minimum(), problem.objective().value(problem.minimizer()), MINIMUM_TOLERANCE);
    assertTrue(Vectors.norm2(g) <= GRADIENT_AT_MINIMIZER_TOLERANCE, problem + ": ‖∇f(x*)‖ = " + Vectors.norm2(g));
  }

  @Test
  @DisplayName("values at the standard starts are the hand-computed ones (MGH forms, no factor ½)")
  void valuesAtStart() {
    assertEquals(24.2, value(TestProblems.rosenbrock()), 1e-12);
    assertEquals(5 * 24.2, value(TestProblems.extendedRosenbrock(10)), 1e-11);
    assertEquals(14.203125, value(TestProblems.beale()), 1e-12);
    assertEquals(215, value(TestProblems.powellSingular()), 1e-12);
    assertEquals(19192, value(TestProblems.wood()), 1e-9);
    // (1 − 10⁶)² + (1 − 2·10⁻⁶)² + (1 − 2)²
    assertEquals(999998000001.0 + (1 - 2e-6) * (1 - 2e-6) + 1, value(TestProblems.brownBadlyScaled()), 1e-3);
    assertEquals(2500, value(TestProblems.helicalValley()), 1e-12);
  }

  private static double value(TestProblem problem) {
    return problem.objective().value(problem.start());
  }

  @Test
  @DisplayName("Rosenbrock's Hessian at (1, 1) is [[802, −400], [−400, 200]]")
  void rosenbrockHessianAtMinimizer() {
    CurvatureOperator h = TestProblems.rosenbrock().objective().curvatureAt(new double[] {1, 1}, CurvatureMode.EXACT);
    double[] out = new double[2];
    h.apply(new double[] {1, 0}, out);
    assertArrayEquals(new double[] {802, -400}, out, 1e-12);
    h.apply(new double[] {0, 1}, out);
    assertArrayEquals(new double[] {-400, 200}, out, 1e-12);
  }

  @Test
  @DisplayName("Powell singular's Hessian at 0 annihilates (10, −1, 0, 0) and (0, 0, 1, 1) but not e₁")
  void powellHessianIsSingularAtMinimizer() {
    CurvatureOperator h = TestProblems.powellSingular().objective().curvatureAt(new double[4], CurvatureMode.EXACT);
    double[] out = new double[4];
    h.apply(new double[] {10, -1, 0, 0}, out);
    assertArrayEquals(new double[4], out, 0.0);
    h.apply(new double[] {0, 0, 1, 1}, out);
    assertArrayEquals(new double[4], out, 0.0);
    h.apply(new double[] {1, 0, 0, 0}, out);
    assertArrayEquals(new double[] {2, 20, 0, 0}, out, 0.0);
  }

  @Test
  @DisplayName("the Gauss-Newton product equals the exact one at a zero-residual minimiser and 2JᵀJv elsewhere")
  void gaussNewtonProduct() {
    Objective wood = TestProblems.wood().objective();
    double[] v = {0.3, -1, 2, 0.5};
    double[] exact = new double[4];
    double[] gn = new double[4];
    double[] ones = {1, 1, 1, 1};
    wood.curvatureAt(ones, CurvatureMode.EXACT).apply(v, exact);
    wood.curvatureAt(ones, CurvatureMode.GAUSS_NEWTON).apply(v, gn);
    assertArrayEquals(exact, gn, 1e-12);
    // Brown at (1, 1): J = [[1, 0], [0, 1], [1, 1]], so 2JᵀJ = [[4, 2], [2, 4]]
    Objective brown = TestProblems.brownBadlyScaled().objective();
    double[] out = new double[2];
    brown.curvatureAt(new double[] {1, 1}, CurvatureMode.GAUSS_NEWTON).apply(new double[] {1, 0}, out);
    assertArrayEquals(new double[] {4, 2}, out, 0.0);
    // the exact one adds 2·r₃·∇²r₃ = 2·(−1)·[[0, 1], [1, 0]]
    brown.curvatureAt(new double[] {1, 1}, CurvatureMode.EXACT).apply(new double[] {1, 0}, out);
    assertArrayEquals(new double[] {4, 0}, out, 0.0);
  }

  @Test
  @DisplayName("the log-cosh quadratic is strongly convex with modulus 1: vᵀHv ≥ ‖v‖² at random points")
  void logCoshIsStronglyConvex() {
    TestProblem problem = TestProblems.logCoshQuadratic(30, 1e4, 5);
    assertEquals(java.util.Set.of(CurvatureMode.EXACT, CurvatureMode.FORWARD_DIFFERENCE,
        CurvatureMode.CENTRAL_DIFFERENCE), problem.objective().curvatureModes());
    Random random = new Random(3);
    double[] out = new double[30];
    for (double[] x : points(problem)) {
      CurvatureOperator h = problem.objective().curvatureAt(x, CurvatureMode.EXACT);
      double[] v = new double[30];
      for (int i = 0; i < 30; i++) {
        v[i] = random.nextGaussian();
      }
      h.apply(v, out);
      assertTrue(Vectors.dot(v, out) >= Vectors.dot(v, v) * (1 - 1e-12));
    }
  }

  @Test
  @DisplayName("extended Rosenbrock refuses an odd dimension; a problem's arrays are copies")
  void guards() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExtendedRosenbrock(3));
    assertEquals("extended Rosenbrock needs an even n ≥ 2, got 3", e.getMessage());
    TestProblem problem = TestProblems.rosenbrock();
    problem.start()[0] = 99;
    problem.minimizer()[0] = 99;
    assertArrayEquals(new double[] {-1.2, 1}, problem.start(), 0.0);
    assertArrayEquals(new double[] {1, 1}, problem.minimizer(), 0.0);
  }
}
