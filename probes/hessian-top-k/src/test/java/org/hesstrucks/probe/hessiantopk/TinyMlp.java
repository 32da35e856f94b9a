package org.hesstrucks.probe.hessiantopk;

import java.util.List;
import java.util.Random;
import org.hesstrucks.analysis.dense.SymmetricEigen;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.InMemoryDataset;
import org.hesstrucks.model.mlp.MlpConfig;
import org.hesstrucks.model.mlp.MlpModel;
import org.hesstrucks.objective.Batch;

/** A tiny seeded MLP classifier (3 inputs, one hidden layer of 4, 3 classes: 31 parameters) and its dense curvature. */
final class TinyMlp {
  private TinyMlp() {}

  static MlpModel model() {
    Random random = new Random(5);
    int rows = 12;
    double[] features = new double[rows * 3];
    for (int i = 0; i < features.length; i++) {
      features[i] = random.nextGaussian();
    }
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      labels[i] = random.nextInt(3);
    }
    DataSplit train = new DataSplit(rows, 3, features, labels, null, 0);
    DataSplit test = new DataSplit(rows, 3, features.clone(), labels.clone(), null, 0);
    return new MlpModel(MlpConfig.defaults().withShape(1, 4),
        new InMemoryDataset("tiny", 3, List.of(), train, test));
  }

  /** Initial parameters scaled up so the network is away from linear and S = H − G is not small. */
  static double[] point(MlpModel model) {
    double[] x = new double[model.dimension()];
    model.initialParameters(3, x);
    for (int i = 0; i < x.length; i++) {
      x[i] *= 3;
    }
    return x;
  }

  /** The curvature formed column by column from exact products, symmetrised (row-major n × n). */
  static double[] dense(MlpModel model, double[] x, CurvatureMode mode) {
    int n = model.dimension();
    CurvatureOperator op = model.curvatureAt(x, Batch.full(model.trainingSize()), mode);
    double[] a = new double[n * n];
    double[] e = new double[n];
    double[] column = new double[n];
    for (int j = 0; j < n; j++) {
      e[j] = 1;
      op.apply(e, column);
      e[j] = 0;
      for (int i = 0; i < n; i++) {
        a[i * n + j] = column[i];
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double mean = 0.5 * (a[i * n + j] + a[j * n + i]);
        a[i * n + j] = mean;
        a[j * n + i] = mean;
      }
    }
    return a;
  }

  /** Its eigenvalues, ascending, by the dense Jacobi eigensolver. */
  static double[] eigenvalues(double[] a, int n) {
    return SymmetricEigen.of(a, n).values();
  }
}
