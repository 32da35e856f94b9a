package org.hesstrucks.testkit;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.objective.Objective;

/**
 * The testkit's own quadratic f(x) = ½(x − x*)ᵀA(x − x*) with A = Q diag(λ) Qᵀ, Q a seeded random orthogonal
 * matrix (Gram–Schmidt on a Gaussian matrix) and λ log-spaced in [1, κ]. Independent of any model plugin, so
 * optimizer contracts do not depend on one. Dense; meant for n up to a few hundred.
 */
public final class ContractQuadratic implements Objective {
  private final int n;
  private final double[] matrix;
  private final double[] minimizer;
  private final double[] shifted;

  /**
   * @param n the dimension
   * @param conditionNumber κ = λ_max / λ_min
   * @param seed fixes Q and x*
   */
  public ContractQuadratic(int n, double conditionNumber, long seed) {
    this.n = n;
    Random random = new Random(seed);
    double[] q = new double[n * n];
    for (int i = 0; i < q.length; i++) {
      q[i] = random.nextGaussian();
    }
    orthonormalizeRows(q, n);
    double[] lambda = new double[n];
    for (int i = 0; i < n; i++) {
      lambda[i] = n == 1 ? 1 : Math.pow(conditionNumber, (double) i / (n - 1));
    }
    matrix = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += q[k * n + i] * lambda[k] * q[k * n + j];
        }
        matrix[i * n + j] = sum;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double mean = 0.5 * (matrix[i * n + j] + matrix[j * n + i]);
        matrix[i * n + j] = mean;
        matrix[j * n + i] = mean;
      }
    }
    minimizer = new double[n];
    for (int i = 0; i < n; i++) {
      minimizer[i] = random.nextGaussian();
    }
    shifted = new double[n];
  }

  private static void orthonormalizeRows(double[] q, int n) {
    for (int i = 0; i < n; i++) {
      for (int pass = 0; pass < 2; pass++) {
        for (int j = 0; j < i; j++) {
          double dot = 0;
          for (int k = 0; k < n; k++) {
            dot += q[i * n + k] * q[j * n + k];
          }
          for (int k = 0; k < n; k++) {
            q[i * n + k] -= dot * q[j * n + k];
          }
        }
      }
      double norm = 0;
      for (int k = 0; k < n; k++) {
        norm += q[i * n + k] * q[i * n + k];
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < n; k++) {
        q[i * n + k] /= norm;
      }
    }
  }

  /** x*, a copy. */
  public double[] minimizer() {
    return minimizer.clone();
  }

  @Override
  public int dimension() {
    return n;
  }

  @Override
  public double value(double[] x) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      shifted[i] = x[i] - minimizer[i];
    }
    for (int i = 0; i < n; i++) {
      double row = 0;
      for (int j = 0; j < n; j++) {
        row += matrix[i * n + j] * shifted[j];
      }
      sum += shifted[i] * row;
    }
    return 0.5 * sum;
  }

  @Override
  public double valueAndGradient(double[] x, double[] gradientOut) {
    for (int i = 0; i < n; i++) {
      shifted[i] = x[i] - minimizer[i];
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double row = 0;
      for (int j = 0; j < n; j++) {
        row += matrix[i * n + j] * shifted[j];
      }
      gradientOut[i] = row;
      sum += shifted[i] * row;
    }
    return 0.5 * sum;
  }

  @Override
  public Set<CurvatureMode> curvatureModes() {
    return EnumSet.of(CurvatureMode.EXACT, CurvatureMode.FORWARD_DIFFERENCE, CurvatureMode.CENTRAL_DIFFERENCE);
  }

  @Override
  public CurvatureOperator curvatureAt(double[] x, double[] gradientAtX, CurvatureMode mode) {
    if (mode != CurvatureMode.EXACT) {
      return Objective.super.curvatureAt(x, gradientAtX, mode);
    }
    return new CurvatureOperator() {
      @Override
      public int dimension() {
        return n;
      }

      @Override
      public CurvatureMode mode() {
        return CurvatureMode.EXACT;
      }

      @Override
      public void apply(double[] v, double[] out) {
        for (int i = 0; i < n; i++) {
          double row = 0;
          for (int j = 0; j < n; j++) {
            row += matrix[i * n + j] * v[j];
          }
          out[i] = row;
        }
      }
    };
  }
}
