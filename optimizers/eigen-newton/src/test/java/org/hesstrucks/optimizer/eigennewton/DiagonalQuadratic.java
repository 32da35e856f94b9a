package org.hesstrucks.optimizer.eigennewton;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.objective.Objective;

/**
 * f(x) = ½ Σ λᵢ (xᵢ − x*ᵢ)² with a seeded Gaussian x*; its exact Hessian diag(λ) counts its products. The
 * eigenspace Newton step is invariant under rotations of x (Lanczos sees only the spectrum and the start), so
 * a diagonal stands for Q diag(λ) Qᵀ at O(n) per product.
 */
final class DiagonalQuadratic implements Objective {
  private final double[] lambda;
  private final double[] minimizer;
  long products;

  DiagonalQuadratic(double[] lambda, long seed) {
    this.lambda = lambda.clone();
    Random random = new Random(seed);
    minimizer = new double[lambda.length];
    for (int i = 0; i < minimizer.length; i++) {
      minimizer[i] = random.nextGaussian();
    }
  }

  @Override
  public int dimension() {
    return lambda.length;
  }

  @Override
  public double value(double[] x) {
    double sum = 0;
    for (int i = 0; i < lambda.length; i++) {
      double d = x[i] - minimizer[i];
      sum += lambda[i] * d * d;
    }
    return 0.5 * sum;
  }

  @Override
  public double valueAndGradient(double[] x, double[] gradientOut) {
    double sum = 0;
    for (int i = 0; i < lambda.length; i++) {
      double d = x[i] - minimizer[i];
      gradientOut[i] = lambda[i] * d;
      sum += lambda[i] * d * d;
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
        return lambda.length;
      }

      @Override
      public CurvatureMode mode() {
        return CurvatureMode.EXACT;
      }

      @Override
      public void apply(double[] v, double[] out) {
        products++;
        for (int i = 0; i < lambda.length; i++) {
          out[i] = lambda[i] * v[i];
        }
      }
    };
  }
}
