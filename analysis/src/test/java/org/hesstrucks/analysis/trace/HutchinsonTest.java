package org.hesstrucks.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hesstrucks.analysis.CountingOperator;
import org.hesstrucks.analysis.TestOperators;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HutchinsonTest {
  private static final int SEEDS = 200;
  /**
   * Coverage of ±3 standard errors is 99.7% for a normal mean; with 30 probes the estimated standard error
   * and the skew of zᵀBz lower it a little. 0.95 over 200 seeds still fails a wrong standard error by far.
   */
  private static final double COVERAGE_3SE = 0.95;
  /** ±1 standard error covers 68% nominally; over 200 seeds the binomial spread is ±3.3%, so [0.58, 0.78]. */
  private static final double COVERAGE_1SE_LOW = 0.58;
  private static final double COVERAGE_1SE_HIGH = 0.78;

  static TestOperators.Dense operator() {
    double[] lambda = new double[80];
    for (int i = 0; i < 80; i++) {
      lambda[i] = -1 + 3 * Math.exp(-0.1 * i) + 0.05 * i;
    }
    return TestOperators.rotated(lambda, 31);
  }

  @Test
  @DisplayName("tr(B) and tr(B²) within 3 standard errors over 200 seeds at nominal coverage (±1 SE near 68%)")
  void coverage() {
    TestOperators.Dense b = operator();
    int within3 = 0;
    int within3Square = 0;
    int within1 = 0;
    for (int seed = 0; seed < SEEDS; seed++) {
      Hutchinson.Traces t = Hutchinson.estimate(b, 30, seed);
      double error = Math.abs(t.trace().value() - b.trace());
      if (error <= 3 * t.trace().standardError()) {
        within3++;
      }
      if (error <= t.trace().standardError()) {
        within1++;
      }
      if (Math.abs(t.traceOfSquare().value() - b.traceOfSquare()) <= 3 * t.traceOfSquare().standardError()) {
        within3Square++;
      }
    }
    assertTrue(within3 >= COVERAGE_3SE * SEEDS, "tr(B) within 3 SE: " + within3);
    assertTrue(within3Square >= COVERAGE_3SE * SEEDS, "tr(B²) within 3 SE: " + within3Square);
    assertTrue(within1 >= COVERAGE_1SE_LOW * SEEDS && within1 <= COVERAGE_1SE_HIGH * SEEDS, "±1 SE: " + within1);
  }

  @Test
  @DisplayName("on a diagonal, zᵀDz = tr(D) for every Rademacher z: exact with standard error 0; N products")
  void diagonalExact() {
    CountingOperator d = new CountingOperator(TestOperators.diagonal(new double[] {1, -2, 3.5, 7}));
    Hutchinson.Traces t = Hutchinson.estimate(d, 13, 9);
    assertEquals(9.5, t.trace().value(), 1e-14);
    assertEquals(0, t.trace().standardError(), 1e-14);
    assertEquals(1 + 4 + 12.25 + 49, t.traceOfSquare().value(), 1e-12);
    assertEquals(13, d.products());
    assertEquals(13, t.products());
  }

  @Test
  @DisplayName("paired probes: tr(H) − tr(G) within 3 SE, with a standard error far below the separate ones; 2N products")
  void paired() {
    TestOperators.Dense g = operator();
    double[] sLambda = new double[80];
    for (int i = 0; i < 80; i++) {
      sLambda[i] = 0.01 * Math.cos(i);
    }
    TestOperators.Dense s = TestOperators.rotated(sLambda, 3);
    CurvatureOperator h = new CurvatureOperator() {
      private final double[] work = new double[80];

      @Override
      public int dimension() {
        return 80;
      }

      @Override
      public CurvatureMode mode() {
        return CurvatureMode.EXACT;
      }

      @Override
      public void apply(double[] v, double[] out) {
        g.apply(v, out);
        s.apply(v, work);
        for (int i = 0; i < 80; i++) {
          out[i] += work[i];
        }
      }
    };
    CountingOperator ch = new CountingOperator(h);
    CountingOperator cg = new CountingOperator(g);
    Hutchinson.Paired p = Hutchinson.paired(ch, cg, 40, 2);
    assertEquals(40, ch.products());
    assertEquals(40, cg.products());
    assertEquals(80, p.products());
    assertEquals(s.trace(), p.difference().value(), 3 * p.difference().standardError());
    assertEquals(g.trace() + s.trace(), p.first().value(), 3 * p.first().standardError());
    assertEquals(g.trace(), p.second().value(), 3 * p.second().standardError());
    assertTrue(p.difference().standardError() < 0.05 * p.second().standardError());
  }

  @Test
  @DisplayName("Hutch++ is exact (to rounding) on a rank-4 operator with 6 per stage; products 2s + rank")
  void hutchPlusPlusLowRank() {
    double[] lambda = new double[50];
    lambda[0] = 9;
    lambda[1] = -4;
    lambda[2] = 2;
    lambda[3] = 0.5;
    CountingOperator op = new CountingOperator(TestOperators.rotated(lambda, 6));
    TraceEstimate t = HutchPlusPlus.estimate(op, 6, 4);
    assertEquals(7.5, t.value(), 1e-10);
    assertEquals(0, t.standardError(), 1e-10);
    assertEquals(6 + 4 + 6, op.products());
    assertEquals(16, t.products());
  }

  @Test
  @DisplayName("Hutch++ at 3s products beats Hutchinson at 3s on a decaying spectrum (mean squared error, 50 seeds)")
  void hutchPlusPlusBeatsHutchinson() {
    double[] lambda = new double[100];
    for (int i = 0; i < 100; i++) {
      lambda[i] = Math.pow(0.8, i);
    }
    TestOperators.Dense b = TestOperators.rotated(lambda, 8);
    double exact = b.trace();
    double plus = 0;
    double plain = 0;
    for (int seed = 0; seed < 50; seed++) {
      TraceEstimate p = HutchPlusPlus.estimate(b, 10, seed);
      assertEquals(30, p.products());
      plus += Math.pow(p.value() - exact, 2);
      plain += Math.pow(Hutchinson.estimate(b, 30, seed).trace().value() - exact, 2);
    }
    assertTrue(plus < 0.25 * plain, "Hutch++ MSE " + plus / 50 + " vs Hutchinson " + plain / 50);
  }
}
