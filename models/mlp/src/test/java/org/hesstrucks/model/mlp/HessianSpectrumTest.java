package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Hessian of a tiny network (3-3-2, tanh, cross-entropy: 20 parameters) built column by column from exact
 * products: symmetric, and its eigenvalues and trace match those of a Hessian built from finite differences of the
 * gradient, both decomposed densely by {@link Jacobi}.
 */
class HessianSpectrumTest {
  /** Exact products are rounding-exact; columns differ from rows only in summation order. */
  private static final double SYMMETRY_TOLERANCE = 1e-12;
  /** The finite-difference Hessian has central-difference errors of about 1e-10 relative. */
  private static final double SPECTRUM_TOLERANCE = 1e-8;
  private static final double H = 1e-5;
  /** Jacobi's own accuracy on a 20 × 20 matrix. */
  private static final double JACOBI_TOLERANCE = 1e-12;
  /** Entries are sums of five products of O(1) numbers: a few ulp of about 1. */
  private static final double CLOSED_FORM_TOLERANCE = 1e-14;

  private static MlpModel tinyModel(Loss loss, int depth) {
    return new MlpModel(Nets.config(depth, 3, Activation.TANH, loss),
        loss == Loss.CROSS_ENTROPY ? Nets.classification(5, 2, 3, 2, 3) : Nets.regression(5, 2, 3, 2, 3));
  }

  private static double[][] columns(CurvatureOperator op) {
    int n = op.dimension();
    double[][] m = new double[n][n];
    double[] e = new double[n];
    double[] col = new double[n];
    for (int j = 0; j < n; j++) {
      e[j] = 1;
      op.apply(e, col);
      e[j] = 0;
      for (int i = 0; i < n; i++) {
        m[i][j] = col[i];
      }
    }
    return m;
  }

  private static double maxAbs(double[][] m) {
    double s = 0;
    for (double[] row : m) {
      for (double e : row) {
        s = Math.max(s, Math.abs(e));
      }
    }
    return s;
  }

  @Test
  @DisplayName("the exact Hessian is symmetric and its spectrum and trace match the finite-difference Hessian's")
  void spectrumMatchesDenseReference() {
    MlpModel model = tinyModel(Loss.CROSS_ENTROPY, 1);
    Objective f = model.objective(Batch.full(5));
    double[] x = Nets.point(model, 5, 1.5);
    int n = x.length;
    assertEquals(20, n, "3-3-2 has 3·3 + 3 + 2·3 + 2 parameters");
    double[][] exact = columns(f.curvatureAt(x, CurvatureMode.EXACT));
    double scale = maxAbs(exact);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        assertTrue(Math.abs(exact[i][j] - exact[j][i]) <= SYMMETRY_TOLERANCE * scale,
            "H[" + i + "][" + j + "] = " + exact[i][j] + " but H[" + j + "][" + i + "] = " + exact[j][i]);
      }
    }

    double[][] reference = new double[n][n];
    double[] plus = new double[n];
    double[] minus = new double[n];
    double[] y = x.clone();
    for (int j = 0; j < n; j++) {
      y[j] = x[j] + H;
      f.valueAndGradient(y, plus);
      y[j] = x[j] - H;
      f.valueAndGradient(y, minus);
      y[j] = x[j];
      for (int i = 0; i < n; i++) {
        reference[i][j] = (plus[i] - minus[i]) / (2 * H);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double mean = 0.5 * (reference[i][j] + reference[j][i]);
        reference[i][j] = mean;
        reference[j][i] = mean;
      }
    }

    double[] lambda = Jacobi.eigenvalues(exact);
    double[] lambdaRef = Jacobi.eigenvalues(reference);
    double top = Math.max(Math.abs(lambda[0]), Math.abs(lambda[n - 1]));
    for (int i = 0; i < n; i++) {
      assertTrue(Math.abs(lambda[i] - lambdaRef[i]) <= SPECTRUM_TOLERANCE * top,
          "eigenvalue " + i + ": " + lambda[i] + " vs " + lambdaRef[i]);
    }
    double trace = 0;
    double sum = 0;
    double refTrace = 0;
    for (int i = 0; i < n; i++) {
      trace += exact[i][i];
      sum += lambda[i];
      refTrace += reference[i][i];
    }
    assertEquals(trace, sum, JACOBI_TOLERANCE * n * top, "trace = Σλ");
    assertEquals(refTrace, trace, SPECTRUM_TOLERANCE * n * top, "trace of the exact vs finite-difference Hessian");
    assertTrue(lambda[0] < 0 && lambda[n - 1] > 0, "a tanh network's Hessian is indefinite here: "
        + lambda[0] + " … " + lambda[n - 1]);
  }

  @Test
  @DisplayName("the Gauss-Newton matrix of cross-entropy is symmetric positive semi-definite")
  void gaussNewtonIsPositiveSemidefinite() {
    MlpModel model = tinyModel(Loss.CROSS_ENTROPY, 1);
    Objective f = model.objective(Batch.full(5));
    double[] x = Nets.point(model, 6, 1.5);
    double[][] g = columns(f.curvatureAt(x, CurvatureMode.GAUSS_NEWTON));
    double scale = maxAbs(g);
    for (int i = 0; i < g.length; i++) {
      for (int j = 0; j < i; j++) {
        assertEquals(g[j][i], g[i][j], SYMMETRY_TOLERANCE * scale, "G[" + i + "][" + j + "]");
      }
    }
    double[] lambda = Jacobi.eigenvalues(g);
    assertTrue(lambda[0] >= -JACOBI_TOLERANCE * lambda[lambda.length - 1], "smallest eigenvalue " + lambda[0]);
    // Rank: 5 samples × (2 − 1) independent softmax directions bound it by 5.
    assertTrue(lambda[lambda.length - 6] <= JACOBI_TOLERANCE * lambda[lambda.length - 1],
        "rank ≤ 5, but the 6th largest eigenvalue is " + lambda[lambda.length - 6]);
  }

  @Test
  @DisplayName("for a linear model with mse the exact Hessian equals Gauss-Newton: (2/(B·K)) blocks of [X 1]ᵀ[X 1]")
  void linearMseHessianIsClosedForm() {
    MlpModel model = tinyModel(Loss.MSE, 0);
    Objective f = model.objective(Batch.full(5));
    double[] x = Nets.point(model, 7, 1);
    double[][] exact = columns(f.curvatureAt(x, CurvatureMode.EXACT));
    double[][] gn = columns(f.curvatureAt(x, CurvatureMode.GAUSS_NEWTON));
    Nets.MemoryDataset data = (Nets.MemoryDataset) Nets.regression(5, 2, 3, 2, 3);
    double[] features = data.train().features();
    // Parameters: W (2×3) row-major, then b (2). d²L/dW[a][i]dW[c][j] = δ_ac (2/(5·2)) Σ_s x_si x_sj.
    double c = 2.0 / (5 * 2);
    for (int a = 0; a < 2; a++) {
      for (int i = 0; i < 4; i++) {
        for (int cc = 0; cc < 2; cc++) {
          for (int j = 0; j < 4; j++) {
            double expected = 0;
            if (a == cc) {
              for (int s = 0; s < 5; s++) {
                double xi = i < 3 ? features[s * 3 + i] : 1;
                double xj = j < 3 ? features[s * 3 + j] : 1;
                expected += c * xi * xj;
              }
            }
            int p = i < 3 ? a * 3 + i : 6 + a;
            int q = j < 3 ? cc * 3 + j : 6 + cc;
            assertEquals(expected, exact[p][q], CLOSED_FORM_TOLERANCE, "H[" + p + "][" + q + "]");
            assertEquals(expected, gn[p][q], CLOSED_FORM_TOLERANCE, "G[" + p + "][" + q + "]");
          }
        }
      }
    }
  }
}
