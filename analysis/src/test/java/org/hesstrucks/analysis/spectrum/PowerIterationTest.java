package org.hesstrucks.analysis.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hesstrucks.analysis.CountingOperator;
import org.hesstrucks.analysis.TestOperators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PowerIterationTest {
  @Test
  @DisplayName("deflated power iteration finds 10, −8, 5 on a rotated matrix, agreeing with Lanczos to 1e-8")
  void agreesWithLanczos() {
    double[] lambda = new double[60];
    for (int i = 0; i < 60; i++) {
      lambda[i] = 0.02 * i - 0.6;
    }
    lambda[0] = -8;
    lambda[58] = 5;
    lambda[59] = 10;
    TestOperators.Dense b = TestOperators.rotated(lambda, 21);
    Eigenpairs power = PowerIteration.run(b, 3, 2000, 0, 3);
    Eigenpairs lanczos = Lanczos.run(b, 40, 3).eigenpairs(Which.LARGEST_MAGNITUDE, 3);
    for (int i = 0; i < 3; i++) {
      assertEquals(lanczos.values()[i], power.values()[i], 1e-8 * 10, "pair " + i);
      assertTrue(power.residuals()[i] < 1e-6, "residual " + i);
    }
    assertEquals(10, power.values()[0], 1e-8 * 10);
  }

  @Test
  @DisplayName("with tolerance 0 the products are exactly k · maxIterations; with a tolerance fewer")
  void products() {
    CountingOperator op = new CountingOperator(TestOperators.diagonal(new double[] {4, 2, 1, 0.5}));
    Eigenpairs pairs = PowerIteration.run(op, 2, 37, 0, 1);
    assertEquals(74, op.products());
    assertEquals(74, pairs.products());
    CountingOperator early = new CountingOperator(TestOperators.diagonal(new double[] {4, 2, 1, 0.5}));
    Eigenpairs quick = PowerIteration.run(early, 2, 1000, 1e-12, 1);
    assertEquals(early.products(), quick.products());
    assertTrue(quick.products() < 2000);
    assertEquals(4, quick.values()[0], 1e-10);
    assertEquals(2, quick.values()[1], 1e-10);
  }
}
