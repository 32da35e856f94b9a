package org.hesstrucks.linesearch;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.hesstrucks.model.quadratic.QuadraticConfig;
import org.hesstrucks.model.quadratic.QuadraticModel;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.testkit.problems.TestProblem;
import org.hesstrucks.testkit.problems.TestProblems;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One line search (backtracking Armijo or strong Wolfe, default options) along the steepest-descent direction
 * from a fixed start point, so every invocation makes the same trials. The primary score is time per search;
 * the secondary metric {@code evaluations} is time per trial (JMH divides the time by the counted
 * evaluations), so evaluations per search = primary / {@code evaluations}.
 *
 * <p>Problems: {@code quadratic-1000} (dense rotation) and {@code quadratic-100000} (Householder), the default
 * quadratic (κ = 100, λ_max = 1, so the unit step is accepted at once); {@code rosenbrock-1000}, extended
 * Rosenbrock from its standard start (the unit step is far too long: the searches shrink or zoom); and
 * {@code free-10}, a {@link FreeObjective} of dimension 10 whose evaluations cost O(1), rejecting
 * {@value #FREE_REJECTIONS} trials before accepting one: the search's own overhead per trial (issue target:
 * at most 100 ns). Not in the default grid, for the comparison with SciPy ({@code microbench/scripts/compare-scipy}):
 * {@code diagonal-N}, a {@link DiagonalQuadratic} (κ = 100) from (1, …, 1), and {@code rosenbrock-N} at any even N.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LineSearchBenchmark {
  /** Trials the free objective rejects before one is accepted. */
  static final int FREE_REJECTIONS = 3;
  /** κ of the {@code diagonal-N} problems. */
  static final double DIAGONAL_CONDITION = 100;

  /** The function searched. */
  @Param({"free-10", "quadratic-1000", "quadratic-100000", "rosenbrock-1000"})
  public String problem;

  /** {@code armijo} (backtracking) or {@code wolfe} (strong Wolfe). */
  @Param({"armijo", "wolfe"})
  public String search;

  private Objective objective;
  private FreeObjective free;
  private LineSearch lineSearch;
  private LineSearchResult result;
  private double[] x;
  private double[] gradient;
  private double[] direction;
  private double value;

  /** Counts the trials of the searches, so JMH reports time per trial. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Trials {
    /** Objective evaluations made by the searches of this iteration. */
    public long evaluations;

    /** Restarts the count every iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      evaluations = 0;
    }
  }

  /** Builds the problem, its start point, f₀, ∇f₀ and d = −∇f₀. */
  @Setup(Level.Trial)
  public void setUp() {
    String[] parts = problem.split("-");
    int n = Integer.parseInt(parts[1]);
    x = new double[n];
    gradient = new double[n];
    switch (parts[0]) {
      case "quadratic": {
        QuadraticModel model = new QuadraticModel(QuadraticConfig.defaults().withDimension(n));
        objective = model.objective(Batch.full(1));
        model.initialParameters(3, x);
        value = objective.valueAndGradient(x, gradient);
        break;
      }
      case "rosenbrock": {
        TestProblem rosenbrock = TestProblems.extendedRosenbrock(n);
        objective = rosenbrock.objective();
        x = rosenbrock.start();
        value = objective.valueAndGradient(x, gradient);
        break;
      }
      case "diagonal": {
        objective = new DiagonalQuadratic(n, DIAGONAL_CONDITION);
        Arrays.fill(x, 1);
        value = objective.valueAndGradient(x, gradient);
        break;
      }
      case "free": {
        Arrays.fill(x, 1);
        Arrays.fill(gradient, 1);
        value = 0;
        free = new FreeObjective(n, value, FREE_REJECTIONS);
        objective = free;
        break;
      }
      default:
        throw new IllegalArgumentException("unknown problem " + problem);
    }
    direction = new double[n];
    for (int i = 0; i < n; i++) {
      direction[i] = -gradient[i];
    }
    switch (search) {
      case "armijo":
        lineSearch = new BacktrackingLineSearch(BacktrackingConfig.defaults());
        break;
      case "wolfe":
        lineSearch = new StrongWolfeLineSearch(StrongWolfeConfig.defaults());
        break;
      default:
        throw new IllegalArgumentException("unknown search " + search);
    }
    result = new LineSearchResult(n);
    if (free != null) {
      free.reset();
    }
    lineSearch.search(objective, x, value, gradient, direction, LineSearch.CONFIGURED_INITIAL_STEP, result);
    if (result.status() != LineSearchStatus.SATISFIED) {
      throw new IllegalStateException(search + " on " + problem + " ended " + result.status());
    }
  }

  /** One search from the start point; the result is the workspace, reused. */
  @Benchmark
  public double search(Trials trials) {
    if (free != null) {
      free.reset();
    }
    lineSearch.search(objective, x, value, gradient, direction, LineSearch.CONFIGURED_INITIAL_STEP, result);
    trials.evaluations += result.evaluations();
    return result.step();
  }
}
