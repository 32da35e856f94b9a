package org.hesstrucks.testkit;

import java.util.Map;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.model.Model;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;

/**
 * A model that only offers curvature operators, one per mode: for testing probes and analyses on operators
 * with chosen spectra. Its objectives are not available.
 */
public class CurvatureOnlyModel implements Model {
  private final int n;
  private final int trainingSize;
  private final Map<CurvatureMode, CurvatureOperator> operators;

  public CurvatureOnlyModel(int n, int trainingSize, Map<CurvatureMode, CurvatureOperator> operators) {
    this.n = n;
    this.trainingSize = trainingSize;
    this.operators = operators;
  }

  /** diag(d) as an operator of the given mode. */
  public static CurvatureOperator diagonal(CurvatureMode mode, double... d) {
    return new CurvatureOperator() {
      @Override
      public int dimension() {
        return d.length;
      }

      @Override
      public CurvatureMode mode() {
        return mode;
      }

      @Override
      public void apply(double[] v, double[] out) {
        for (int i = 0; i < d.length; i++) {
          out[i] = d[i] * v[i];
        }
      }
    };
  }

  @Override
  public int dimension() {
    return n;
  }

  @Override
  public int trainingSize() {
    return trainingSize;
  }

  @Override
  public void initialParameters(long seed, double[] out) {
    java.util.Arrays.fill(out, 0);
  }

  @Override
  public Objective objective(Batch batch) {
    throw new UnsupportedOperationException("curvature only");
  }

  @Override
  public CurvatureOperator curvatureAt(double[] x, Batch batch, CurvatureMode mode) {
    CurvatureOperator op = operators.get(mode);
    if (op == null) {
      throw new IllegalArgumentException("no " + mode + " operator");
    }
    return op;
  }
}
