package org.hesstrucks.analysis.spectrum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SmallToolsTest {
  @Test
  @DisplayName("principal angles between span(e1, e2) and span(e1, cos t e2 + sin t e3) are 0 and t, also for t = 1e-9")
  void principalAngles() {
    for (double t : new double[] {0.3, 1e-9}) {
      double[][] v = {{1, 0, 0, 0}, {0, 1, 0, 0}};
      double[][] w = {{0, Math.cos(t), Math.sin(t), 0}, {2, 0, 0, 0}};
      double[] angles = PrincipalAngles.between(v, w);
      assertEquals(0, angles[0], 1e-15);
      assertEquals(t, angles[1], 1e-15 + 1e-12 * t);
    }
    assertArrayEquals(new double[] {Math.PI / 2}, PrincipalAngles.between(new double[][] {{1, 0}},
        new double[][] {{0, 3}}), 1e-15);
  }

  @Test
  @DisplayName("N_eff(z) = Σ λ/(λ+z): λ = (3, 1, 0, −2), z = 1 gives 3/4 + 1/2")
  void effectiveDimension() {
    assertEquals(1.25, EffectiveDimension.of(new double[] {3, 1, 0, -2}, 1), 1e-15);
  }

  @Test
  @DisplayName("numerical rank counts |λ| > tol·max|λ|: (10, −5, 1e-6, 1e-9) has rank 3 at 1e-8 and 2 at 1e-6")
  void numericalRank() {
    double[] lambda = {10, -5, 1e-6, 1e-9};
    assertEquals(3, NumericalRank.of(lambda, 1e-8));
    assertEquals(2, NumericalRank.of(lambda, 1e-6));
    assertEquals(0, NumericalRank.of(new double[] {0, 0}, 1e-6));
  }

  @Test
  @DisplayName("subspace energy: d = (3, 4, 0) has share 9/25 in span(e1); near-null share of G = diag(2, 1, 0) is 0 for"
      + " e1 + e2 and 1 for e3")
  void subspaceEnergy() {
    assertEquals(9.0 / 25, SubspaceEnergy.share(new double[][] {{2, 0, 0}}, new double[][] {{3, 4, 0}}), 1e-15);
    assertEquals((9.0 + 1) / (25 + 1),
        SubspaceEnergy.share(new double[][] {{1, 0, 0}}, new double[][] {{3, 4, 0}, {1, 0, 0}}), 1e-15);
    Eigenpairs g = Lanczos.run(org.hesstrucks.analysis.TestOperators.diagonal(new double[] {2, 1, 0}), 3, 1)
        .eigenpairs(Which.LARGEST, 3);
    assertEquals(0, SubspaceEnergy.nearNullShare(g, new double[][] {{1, 1, 0}}, 1e-6), 1e-12);
    assertEquals(1, SubspaceEnergy.nearNullShare(g, new double[][] {{0, 0, 5}}, 1e-6), 1e-12);
    assertEquals(0.5, SubspaceEnergy.nearNullShare(g, new double[][] {{0, 1, 1}}, 1e-6), 1e-12);
  }
}
