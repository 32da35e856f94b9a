package org.hesstrucks.analysis.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hesstrucks.analysis.CountingOperator;
import org.hesstrucks.analysis.TestOperators;
import org.hesstrucks.analysis.spectrum.EffectiveDimension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SplitSummaryTest {
  @Test
  @DisplayName("H = G + S built from known spectra: traces within 3 SE, top eigenvalues exact, products 2N + 2m")
  void split() {
    int n = 60;
    double[] gLambda = new double[n];
    for (int i = 0; i < n; i++) {
      gLambda[i] = i < 57 ? 0.01 * i : 10 + 5 * (i - 57);
    }
    TestOperators.Dense g = TestOperators.rotated(gLambda, 1);
    // H shares G's eigenvectors but shifts the top three by −1 and the rest by +0.02: S = H − G is known.
    double[] hLambda = new double[n];
    for (int i = 0; i < n; i++) {
      hLambda[i] = gLambda[i] + (i < 57 ? 0.02 : -1);
    }
    double[][] vectors = new double[n][];
    for (int i = 0; i < n; i++) {
      vectors[i] = g.eigenvector(i);
    }
    TestOperators.Dense h = new TestOperators.Dense(hLambda, vectors);
    CountingOperator ch = new CountingOperator(h);
    CountingOperator cg = new CountingOperator(g);
    SplitSummary s = SplitSummary.compute(ch, cg, 3, 40, 25, new double[] {1, 10}, 7);
    assertEquals(25 + 40, ch.products());
    assertEquals(25 + 40, cg.products());
    assertEquals(130, s.products());
    double trS = 57 * 0.02 - 3;
    assertEquals(trS, s.traceS().value(), 3 * s.traceS().standardError());
    assertEquals(h.trace(), s.traceH().value(), 3 * s.traceH().standardError());
    assertEquals(g.trace(), s.traceG().value(), 3 * s.traceG().standardError());
    double[] expectedTopH = {19, 14, 9};
    double[] expectedTopG = {20, 15, 10};
    for (int i = 0; i < 3; i++) {
      assertEquals(expectedTopH[i], s.topH()[i], 1e-8 * 20);
      assertEquals(expectedTopG[i], s.topG()[i], 1e-8 * 20);
      assertTrue(s.angles()[i] < 1e-6, "shared eigenvectors: angle " + s.angles()[i]);
    }
    assertEquals(EffectiveDimension.of(expectedTopH, 10), s.effectiveDimension()[1], 1e-8);
    assertEquals(19.0 / 20 + 14.0 / 15 + 9.0 / 10, s.effectiveDimension()[0], 1e-8);
  }
}
