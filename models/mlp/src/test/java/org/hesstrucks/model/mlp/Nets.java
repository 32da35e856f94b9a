package org.hesstrucks.model.mlp;

import java.util.List;
import java.util.Random;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.objective.Batch;

/** Small seeded datasets and networks for the tests, and the norms they compare with. */
final class Nets {
  private Nets() {}

  /** A dataset held in memory. */
  record MemoryDataset(String identity, int classes, DataSplit train, DataSplit test) implements Dataset {}

  /** Gaussian features and uniform labels in [0, classes); test split of {@code testRows} drawn the same way. */
  static Dataset classification(int rows, int testRows, int columns, int classes, long seed) {
    Random random = new Random(seed);
    return new MemoryDataset("gaussian-" + seed, classes, labelled(random, rows, columns, classes),
        labelled(random, testRows, columns, classes));
  }

  /** Gaussian features and targets. */
  static Dataset regression(int rows, int testRows, int columns, int targets, long seed) {
    Random random = new Random(seed);
    return new MemoryDataset("regression-" + seed, 0, targeted(random, rows, columns, targets),
        targeted(random, testRows, columns, targets));
  }

  private static DataSplit labelled(Random random, int rows, int columns, int classes) {
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      labels[i] = random.nextInt(classes);
    }
    return new DataSplit(rows, columns, gaussian(random, rows * columns, 1), labels, null, 0);
  }

  private static DataSplit targeted(Random random, int rows, int columns, int targets) {
    return new DataSplit(rows, columns, gaussian(random, rows * columns, 1), null,
        gaussian(random, rows * targets, 1), targets);
  }

  static double[] gaussian(Random random, int n, double scale) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = scale * random.nextGaussian();
    }
    return v;
  }

  static double[] gaussian(int n, long seed) {
    return gaussian(new Random(seed), n, 1);
  }

  /** A config with the given shape, activation and loss (hidden widths given per layer). */
  static MlpConfig config(int depth, int width, Activation activation, Loss loss) {
    return MlpConfig.defaults().withShape(depth, width).withActivation(activation).withLoss(loss);
  }

  /** A config with explicit per-layer widths. */
  static MlpConfig config(List<Integer> widths, Activation activation, Loss loss, double weightDecay) {
    return new MlpConfig(widths.size(), widths, activation, loss, null, weightDecay, null, null);
  }

  /** Parameters with weights from the model's initialisation and non-zero biases, so every term is exercised. */
  static double[] point(MlpModel model, long seed, double scale) {
    double[] x = new double[model.dimension()];
    model.initialParameters(seed, x);
    Random random = new Random(seed + 1);
    for (int i = 0; i < x.length; i++) {
      x[i] = scale * (x[i] + 0.3 * random.nextGaussian());
    }
    return x;
  }

  static Batch firstRows(int count) {
    int[] idx = new int[count];
    for (int i = 0; i < count; i++) {
      idx[i] = i;
    }
    return Batch.of(idx);
  }

  static double norm(double[] v) {
    double s = 0;
    for (double e : v) {
      s += e * e;
    }
    return Math.sqrt(s);
  }

  /** ‖a − b‖ / ‖b‖ (‖a − b‖ when b = 0). */
  static double relativeError(double[] a, double[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += (a[i] - b[i]) * (a[i] - b[i]);
    }
    double nb = norm(b);
    return nb == 0 ? Math.sqrt(d) : Math.sqrt(d) / nb;
  }

  static double relativeError(double a, double b) {
    return Math.abs(a - b) / Math.max(Math.abs(b), Double.MIN_NORMAL);
  }
}
