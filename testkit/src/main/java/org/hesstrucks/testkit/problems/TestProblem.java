package org.hesstrucks.testkit.problems;

import java.util.Objects;
import org.hesstrucks.objective.Objective;

/**
 * A test problem: an objective, its standard starting point, a published minimiser and the minimum value.
 * The arrays are copied on the way in and on the way out. The objective keeps scratch buffers, so one problem
 * instance serves one run; {@link TestProblems} makes a fresh one per call.
 *
 * @param name a short kebab-case name ({@code rosenbrock}, {@code wood}, ...)
 * @param objective the function
 * @param start the standard starting point x₀
 * @param minimizer a minimiser x* (the one the literature reports; some problems have others)
 * @param minimum f(x*)
 * @param source where the start, minimiser and minimum are published
 */
public record TestProblem(String name, Objective objective, double[] start, double[] minimizer, double minimum,
    String source) {
  public TestProblem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(objective, "objective");
    int n = objective.dimension();
    if (start.length != n || minimizer.length != n) {
      throw new IllegalArgumentException(name + ": start has length " + start.length + ", minimizer "
          + minimizer.length + ", objective dimension " + n);
    }
    start = start.clone();
    minimizer = minimizer.clone();
  }

  /** The dimension n. */
  public int dimension() {
    return objective.dimension();
  }

  /** x₀, a copy. */
  @Override
  public double[] start() {
    return start.clone();
  }

  /** x*, a copy. */
  @Override
  public double[] minimizer() {
    return minimizer.clone();
  }

  @Override
  public String toString() {
    return name + " (n = " + dimension() + ")";
  }
}
