package org.hesstrucks.testkit.problems;

import java.util.Arrays;
import java.util.List;

/**
 * Makes the test problems, each with a fresh objective. Starts, minimisers and minima of the classic problems
 * are those published in J. J. Moré, B. S. Garbow, K. E. Hillstrom, "Testing unconstrained optimization
 * software", ACM Transactions on Mathematical Software 7(1):17–41, 1981 (MGH, with the problem number).
 */
public final class TestProblems {
  /** The citation every classic problem carries. */
  public static final String MGH = "Moré, Garbow & Hillstrom, ACM TOMS 7(1):17–41, 1981";

  private TestProblems() {}

  /** Rosenbrock, MGH problem 1: start (−1.2, 1), minimum 0 at (1, 1). */
  public static TestProblem rosenbrock() {
    return new TestProblem("rosenbrock", new ExtendedRosenbrock(2), new double[] {-1.2, 1}, new double[] {1, 1},
        0, MGH + ", problem 1");
  }

  /** Extended Rosenbrock, MGH problem 21 (n even): start (−1.2, 1, ...), minimum 0 at (1, ..., 1). */
  public static TestProblem extendedRosenbrock(int n) {
    ExtendedRosenbrock f = new ExtendedRosenbrock(n);
    double[] start = new double[n];
    for (int i = 0; i < n; i += 2) {
      start[i] = -1.2;
      start[i + 1] = 1;
    }
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    return new TestProblem("extended-rosenbrock", f, start, ones, 0, MGH + ", problem 21");
  }

  /** Beale, MGH problem 5: start (1, 1), minimum 0 at (3, 0.5). */
  public static TestProblem beale() {
    return new TestProblem("beale", new Beale(), new double[] {1, 1}, new double[] {3, 0.5}, 0,
        MGH + ", problem 5");
  }

  /** Powell singular, MGH problem 13: start (3, −1, 0, 1), minimum 0 at 0 (singular Hessian there). */
  public static TestProblem powellSingular() {
    return new TestProblem("powell-singular", new PowellSingular(), new double[] {3, -1, 0, 1}, new double[4], 0,
        MGH + ", problem 13");
  }

  /** Wood, MGH problem 14: start (−3, −1, −3, −1), minimum 0 at (1, 1, 1, 1). */
  public static TestProblem wood() {
    return new TestProblem("wood", new Wood(), new double[] {-3, -1, -3, -1}, new double[] {1, 1, 1, 1}, 0,
        MGH + ", problem 14");
  }

  /** Brown badly scaled, MGH problem 4: start (1, 1), minimum 0 at (10⁶, 2·10⁻⁶). */
  public static TestProblem brownBadlyScaled() {
    return new TestProblem("brown-badly-scaled", new BrownBadlyScaled(), new double[] {1, 1},
        new double[] {1e6, 2e-6}, 0, MGH + ", problem 4");
  }

  /** Helical valley, MGH problem 7: start (−1, 0, 0), minimum 0 at (1, 0, 0). */
  public static TestProblem helicalValley() {
    return new TestProblem("helical-valley", new HelicalValley(), new double[] {-1, 0, 0}, new double[] {1, 0, 0},
        0, MGH + ", problem 7");
  }

  /**
   * The strongly convex ill-conditioned {@link LogCoshQuadratic}: start x* + 2·(1, −1, 1, ...) (far enough that
   * log cosh is in its linear regime), minimum 0 at x* (exact by construction).
   */
  public static TestProblem logCoshQuadratic(int n, double conditionNumber, long seed) {
    LogCoshQuadratic f = new LogCoshQuadratic(n, conditionNumber, seed);
    double[] minimizer = f.minimizer();
    double[] start = minimizer.clone();
    for (int i = 0; i < n; i++) {
      start[i] += i % 2 == 0 ? 2 : -2;
    }
    return new TestProblem("log-cosh-quadratic", f, start, minimizer, 0, "by construction (both terms ≥ 0, zero at x*)");
  }

  /** The seven classic MGH problems above (extended Rosenbrock with n = 10), fresh instances. */
  public static List<TestProblem> classic() {
    return List.of(rosenbrock(), extendedRosenbrock(10), beale(), powellSingular(), wood(), brownBadlyScaled(),
        helicalValley());
  }
}
