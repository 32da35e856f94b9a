package org.hesstrucks.optimizer.newtoncg;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.objective.Objective;

/** Small objectives with hand-made curvature for the optimizer's edge cases. */
final class TestObjectives {
  private TestObjectives() {}

  /** An objective with the given value/gradient and an exact operator applying {@code product}. */
  abstract static class WithExactCurvature implements Objective {
    private final int n;
    int products;

    WithExactCurvature(int n) {
      this.n = n;
    }

    @Override
    public int dimension() {
      return n;
    }

    @Override
    public double value(double[] x) {
      return valueAndGradient(x, new double[n]);
    }

    abstract void product(double[] v, double[] out);

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
          products++;
          product(v, out);
        }
      };
    }
  }

  /** f(x, y) = x² − 2y²: a saddle at 0, H = diag(2, −4). */
  static WithExactCurvature saddle() {
    return new WithExactCurvature(2) {
      @Override
      public double valueAndGradient(double[] x, double[] g) {
        g[0] = 2 * x[0];
        g[1] = -4 * x[1];
        return x[0] * x[0] - 2 * x[1] * x[1];
      }

      @Override
      void product(double[] v, double[] out) {
        out[0] = 2 * v[0];
        out[1] = -4 * v[1];
      }
    };
  }

  /**
   * f = ½‖x‖², but the "exact" operator multiplies by a fresh random diagonal in [1, 10⁶] at every product: a
   * positive but inconsistent curvature on which CG never converges.
   */
  static WithExactCurvature inconsistent(int n, long seed) {
    Random random = new Random(seed);
    return new WithExactCurvature(n) {
      @Override
      public double valueAndGradient(double[] x, double[] g) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
          g[i] = x[i];
          f += 0.5 * x[i] * x[i];
        }
        return f;
      }

      @Override
      void product(double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
          out[i] = Math.pow(10, 6 * random.nextDouble()) * v[i];
        }
      }
    };
  }

  /**
   * f(x) = gᵀx with g = (3, 4, −1) and a non-symmetric "Hessian" B = [[−1, 4, −3], [3, 5, 1], [−3, 3, 3]]:
   * every CG curvature dᵀBd is positive for three iterations, yet the third iterate z₃ has gᵀz₃ ≈ 6.31 &gt; 0.
   * (Found by a seeded search; a symmetric B cannot do this.)
   */
  static WithExactCurvature nonSymmetric() {
    double[] b = {-1, 4, -3, 3, 5, 1, -3, 3, 3};
    return new WithExactCurvature(3) {
      @Override
      public double valueAndGradient(double[] x, double[] g) {
        g[0] = 3;
        g[1] = 4;
        g[2] = -1;
        return 3 * x[0] + 4 * x[1] - x[2];
      }

      @Override
      void product(double[] v, double[] out) {
        for (int i = 0; i < 3; i++) {
          out[i] = b[3 * i] * v[0] + b[3 * i + 1] * v[1] + b[3 * i + 2] * v[2];
        }
      }
    };
  }

  /** ½‖x‖² whose exact products are NaN. */
  static WithExactCurvature nanCurvature(int n) {
    return new WithExactCurvature(n) {
      @Override
      public double valueAndGradient(double[] x, double[] g) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
          g[i] = x[i];
          f += 0.5 * x[i] * x[i];
        }
        return f;
      }

      @Override
      void product(double[] v, double[] out) {
        java.util.Arrays.fill(out, Double.NaN);
      }
    };
  }

  /** ½‖x‖² offering only the finite-difference modes (the Objective defaults). */
  static Objective finiteDifferenceOnly(int n) {
    return new Objective() {
      @Override
      public int dimension() {
        return n;
      }

      @Override
      public double value(double[] x) {
        return valueAndGradient(x, new double[n]);
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
          g[i] = x[i];
          f += 0.5 * x[i] * x[i];
        }
        return f;
      }
    };
  }
}
