package org.hesstrucks.testkit;

import java.util.List;
import java.util.Random;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.dataset.InMemoryDataset;

/**
 * Small seeded datasets for {@link ModelContract#dataset()}: Gaussian features, labels or targets from a random
 * linear teacher (so that a model can learn them), a training split and a held-out split of half its size.
 */
public final class ContractData {
  private ContractData() {}

  /** {@code rows} training samples (and rows/2 held out) of {@code columns} features in {@code classes} classes. */
  public static Dataset classification(int rows, int columns, int classes, long seed) {
    if (rows < 2 || columns < 1 || classes < 2) {
      throw new IllegalArgumentException("expected rows ≥ 2, columns ≥ 1, classes ≥ 2, got " + rows + ", " + columns
          + ", " + classes);
    }
    Random random = new Random(seed);
    double[] teacher = gaussian(random, classes * columns);
    return new InMemoryDataset("contract-classification-" + rows + "x" + columns + "x" + classes + "-" + seed,
        classes, List.of(), labelled(random, rows, columns, classes, teacher),
        labelled(random, Math.max(1, rows / 2), columns, classes, teacher));
  }

  /** {@code rows} training samples (and rows/2 held out) of {@code columns} features with {@code targets} targets. */
  public static Dataset regression(int rows, int columns, int targets, long seed) {
    if (rows < 2 || columns < 1 || targets < 1) {
      throw new IllegalArgumentException("expected rows ≥ 2, columns ≥ 1, targets ≥ 1, got " + rows + ", " + columns
          + ", " + targets);
    }
    Random random = new Random(seed);
    double[] teacher = gaussian(random, targets * columns);
    return new InMemoryDataset("contract-regression-" + rows + "x" + columns + "x" + targets + "-" + seed, 0,
        List.of(), targeted(random, rows, columns, targets, teacher),
        targeted(random, Math.max(1, rows / 2), columns, targets, teacher));
  }

  private static DataSplit labelled(Random random, int rows, int columns, int classes, double[] teacher) {
    double[] x = gaussian(random, rows * columns);
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      double best = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        double score = dot(teacher, c * columns, x, i * columns, columns) + 0.5 * random.nextGaussian();
        if (score > best) {
          best = score;
          labels[i] = c;
        }
      }
    }
    return new DataSplit(rows, columns, x, labels, null, 0);
  }

  private static DataSplit targeted(Random random, int rows, int columns, int targets, double[] teacher) {
    double[] x = gaussian(random, rows * columns);
    double[] y = new double[rows * targets];
    for (int i = 0; i < rows; i++) {
      for (int t = 0; t < targets; t++) {
        y[i * targets + t] = dot(teacher, t * columns, x, i * columns, columns) + 0.1 * random.nextGaussian();
      }
    }
    return new DataSplit(rows, columns, x, null, y, targets);
  }

  private static double dot(double[] a, int from, double[] b, int at, int n) {
    double sum = 0;
    for (int j = 0; j < n; j++) {
      sum += a[from + j] * b[at + j];
    }
    return sum;
  }

  private static double[] gaussian(Random random, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextGaussian();
    }
    return v;
  }
}
