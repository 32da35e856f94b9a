package org.hesstrucks.model.mlp;

/** Curvature the slow way, from finite differences of the network's outputs, for comparison. */
final class BruteForce {
  private BruteForce() {}

  /** The outputs Z (rows × k) of {@code f}'s network at x. */
  static double[] outputs(MlpObjective f, double[] x, int size) {
    f.value(x);
    double[] z = new double[size];
    f.workspace().copyOutputs(z);
    return z;
  }

  /** J (rows·k × n), the Jacobian of the outputs, by central differences with step h. */
  static double[][] jacobian(MlpObjective f, double[] x, int rows, int k, double h) {
    int m = rows * k;
    double[][] j = new double[m][x.length];
    double[] y = x.clone();
    for (int p = 0; p < x.length; p++) {
      y[p] = x[p] + h;
      double[] plus = outputs(f, y, m);
      y[p] = x[p] - h;
      double[] minus = outputs(f, y, m);
      y[p] = x[p];
      for (int r = 0; r < m; r++) {
        j[r][p] = (plus[r] - minus[r]) / (2 * h);
      }
    }
    return j;
  }

  /**
   * Jᵀ H_L J v of the data loss: H_L = (diag p − p pᵀ)/rows per sample for cross-entropy, 2/(rows·k) I for mse.
   */
  static double[] gaussNewtonProduct(MlpObjective f, double[] x, double[] v, Loss loss, int rows, int k,
      double h) {
    double[][] j = jacobian(f, x, rows, k, h);
    double[] z = outputs(f, x, rows * k);
    int m = rows * k;
    double[] jv = new double[m];
    for (int r = 0; r < m; r++) {
      for (int p = 0; p < x.length; p++) {
        jv[r] += j[r][p] * v[p];
      }
    }
    double[] hjv = new double[m];
    for (int i = 0; i < rows; i++) {
      if (loss == Loss.MSE) {
        for (int a = 0; a < k; a++) {
          hjv[i * k + a] = 2.0 / (rows * k) * jv[i * k + a];
        }
        continue;
      }
      double max = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < k; a++) {
        max = Math.max(max, z[i * k + a]);
      }
      double[] p = new double[k];
      double total = 0;
      for (int a = 0; a < k; a++) {
        p[a] = Math.exp(z[i * k + a] - max);
        total += p[a];
      }
      for (int a = 0; a < k; a++) {
        p[a] /= total;
      }
      for (int a = 0; a < k; a++) {
        double s = 0;
        for (int b = 0; b < k; b++) {
          double hab = (a == b ? p[a] : 0) - p[a] * p[b];
          s += hab * jv[i * k + b];
        }
        hjv[i * k + a] = s / rows;
      }
    }
    double[] out = new double[x.length];
    for (int p = 0; p < x.length; p++) {
      double s = 0;
      for (int r = 0; r < m; r++) {
        s += j[r][p] * hjv[r];
      }
      out[p] = s;
    }
    return out;
  }
}
