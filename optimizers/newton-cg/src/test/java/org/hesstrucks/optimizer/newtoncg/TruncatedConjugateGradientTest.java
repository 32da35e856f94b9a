package org.hesstrucks.optimizer.newtoncg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TruncatedConjugateGradientTest {
  /** Products, dot products and the CG recurrence on 2-vectors: a few roundings. */
  private static final double ROUNDING = 1e-14;

  /** B = diag(entries). */
  private static CurvatureOperator diagonal(double... entries) {
    return new CurvatureOperator() {
      @Override
      public int dimension() {
        return entries.length;
      }

      @Override
      public CurvatureMode mode() {
        return CurvatureMode.EXACT;
      }

      @Override
      public void apply(double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
          out[i] = entries[i] * v[i];
        }
      }
    };
  }

  @Test
  @DisplayName("negative curvature at j = 0 returns −g and its curvature (the ERRATA fix)")
  void negativeCurvatureFirstIteration() {
    TruncatedConjugateGradient cg = new TruncatedConjugateGradient(2);
    // d₀ = −g = (−2, 4); d₀ᵀBd₀ = 2·4 − 4·16 = −56
    CgExit exit = cg.solve(diagonal(2, -4), new double[] {2, -4}, 0, 1e-12, 10);
    assertEquals(CgExit.NEGATIVE_CURVATURE, exit);
    assertEquals(1, cg.iterations());
    assertArrayEquals(new double[] {-2, 4}, cg.direction(), 0.0);
    assertEquals(-56, cg.curvature(), 0.0);
  }

  @Test
  @DisplayName("zero curvature at j = 0 also exits with −g (dᵀBd ≤ 0, not < 0)")
  void zeroCurvature() {
    TruncatedConjugateGradient cg = new TruncatedConjugateGradient(2);
    CgExit exit = cg.solve(diagonal(1, -1), new double[] {1, 1}, 0, 1e-12, 10);
    assertEquals(CgExit.NEGATIVE_CURVATURE, exit);
    assertArrayEquals(new double[] {-1, -1}, cg.direction(), 0.0);
  }

  @Test
  @DisplayName("negative curvature at j = 1 returns the iterate z₁ = z₀ + α₀d₀, not α₀d₀ alone and not −g")
  void negativeCurvatureLater() {
    TruncatedConjugateGradient cg = new TruncatedConjugateGradient(2);
    // B = diag(1, −1), g = (1, 0.1): d₀ᵀBd₀ = 0.99 > 0, α₀ = 1.01/0.99, z₁ = −α₀·(1, 0.1);
    // r₁ = g + α₀Bd₀, d₁ = −r₁ + β₀d₀ has d₁ᵀBd₁ ≈ 4.2e-4 − 4.25e-2 < 0
    CgExit exit = cg.solve(diagonal(1, -1), new double[] {1, 0.1}, 0, 1e-12, 10);
    assertEquals(CgExit.NEGATIVE_CURVATURE, exit);
    assertEquals(2, cg.iterations());
    double alpha = 1.01 / 0.99;
    assertArrayEquals(new double[] {-alpha, -0.1 * alpha}, cg.direction(), ROUNDING);
    // zᵀBz = α²(1 − 0.01)
    assertEquals(alpha * alpha * 0.99, cg.curvature(), ROUNDING);
  }

  @Test
  @DisplayName("on B = diag(1, 4) CG solves Bz = −g in two iterations; damping λ solves (B + λI)z = −g")
  void solvesSpdSystem() {
    TruncatedConjugateGradient cg = new TruncatedConjugateGradient(2);
    assertEquals(CgExit.CONVERGED, cg.solve(diagonal(1, 4), new double[] {1, 2}, 0, 1e-13, 10));
    assertEquals(2, cg.iterations());
    assertArrayEquals(new double[] {-1, -0.5}, cg.direction(), ROUNDING);
    // zᵀBz = 1 + 4·0.25
    assertEquals(2, cg.curvature(), ROUNDING);
    assertEquals(CgExit.CONVERGED, cg.solve(diagonal(1, 4), new double[] {1, 2}, 1, 1e-13, 10));
    assertArrayEquals(new double[] {-0.5, -0.4}, cg.direction(), ROUNDING);
  }

  @Test
  @DisplayName("the cap ends CG with the last iterate after exactly that many products")
  void capHolds() {
    TruncatedConjugateGradient cg = new TruncatedConjugateGradient(2);
    assertEquals(CgExit.MAX_ITERATIONS, cg.solve(diagonal(1, 4), new double[] {1, 2}, 0, 1e-13, 1));
    assertEquals(1, cg.iterations());
    // one steepest-descent step with the exact step α = gᵀg / gᵀBg = 5 / 17
    assertArrayEquals(new double[] {-5.0 / 17, -10.0 / 17}, cg.direction(), ROUNDING);
  }

  @Test
  @DisplayName("a NaN product ends CG with NON_FINITE")
  void nanProduct() {
    TruncatedConjugateGradient cg = new TruncatedConjugateGradient(2);
    assertEquals(CgExit.NON_FINITE, cg.solve(diagonal(Double.NaN, 1), new double[] {1, 2}, 0, 1e-13, 10));
    assertEquals(1, cg.iterations());
  }
}
