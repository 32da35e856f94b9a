package org.hesstrucks.optimizer.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hesstrucks.testkit.problems.TestProblems;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScipyStyleCountsTest {
  @Test
  @DisplayName("counts like SciPy's ScalarFunction: a repeat at the last point is free, f then (f, ∇f) costs 1 + 1")
  void countsOnlyNewWork() {
    ScipyStyleCounts counts = new ScipyStyleCounts(TestProblems.rosenbrock().objective());
    double[] x = {-1.2, 1};
    double[] g = new double[2];
    counts.value(x);
    assertEquals(1, counts.values());
    assertEquals(0, counts.gradients());
    // f known at x: only the gradient is new
    double f = counts.valueAndGradient(x, g);
    assertEquals(1, counts.values());
    assertEquals(1, counts.gradients());
    // both known: nothing new, and the value is still passed through (MGH: f(x₀) = 24.2)
    assertEquals(24.2, counts.valueAndGradient(x.clone(), g), 1e-12);
    assertEquals(f, counts.value(x), 0.0);
    assertEquals(1, counts.values());
    assertEquals(1, counts.gradients());
    // a new point: both new; back to the old point: new again (SciPy keeps one point)
    counts.valueAndGradient(new double[] {1, 1}, g);
    counts.value(x);
    assertEquals(3, counts.values());
    assertEquals(2, counts.gradients());
  }
}
