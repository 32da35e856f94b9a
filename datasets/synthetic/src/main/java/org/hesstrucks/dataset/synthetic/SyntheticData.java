package org.hesstrucks.dataset.synthetic;

import java.util.Random;
import java.util.SplittableRandom;
import org.hesstrucks.dataset.DataSplit;

/**
 * The generators. Each call derives independent {@link Random} streams from the data seed (one
 * {@link SplittableRandom#nextLong()} each, in a fixed order: model, training samples, held-out samples),
 * draws Gaussians with {@link Random#nextGaussian()} (specified in terms of {@link StrictMath}) and uses
 * {@link StrictMath} for every transcendental, so a config gives the same bits on every JVM.
 */
public final class SyntheticData {
  /** Turns of each spiral of {@code two-spirals}. */
  public static final double SPIRAL_TURNS = 1.5;

  private final SyntheticConfig config;
  private final Random modelRandom;
  private final Random trainRandom;
  private final Random testRandom;
  private TeacherNetwork teacher;
  private double[] means;

  /** Prepares the streams of {@code config}; nothing is drawn yet. */
  public SyntheticData(SyntheticConfig config) {
    this.config = config;
    SplittableRandom root = new SplittableRandom(config.seed());
    modelRandom = new Random(root.nextLong());
    trainRandom = new Random(root.nextLong());
    testRandom = new Random(root.nextLong());
  }

  /** Generates the training and the held-out split: {@code [train, test]}. */
  public DataSplit[] generate() {
    int n = config.trainSize();
    int m = config.testSize();
    switch (config.generator()) {
      case GAUSSIAN_MIXTURE: {
        means = gaussians(modelRandom, config.classes() * config.inputs(), config.separation());
        return new DataSplit[] {mixture(n, trainRandom), mixture(m, testRandom)};
      }
      case TWO_SPIRALS:
        return new DataSplit[] {spirals(n, trainRandom), spirals(m, testRandom)};
      case TEACHER_STUDENT:
      case LINEAR_REGRESSION:
      case NOISY_REGRESSION: {
        int depth = config.generator() == Generator.LINEAR_REGRESSION ? 0 : config.hiddenDepth();
        teacher = new TeacherNetwork(config.inputs(), config.hiddenWidth(), depth, config.outputs(), modelRandom);
        double[] xTrain = gaussians(trainRandom, n * config.inputs(), 1);
        double[] xTest = gaussians(testRandom, m * config.inputs(), 1);
        if (config.generator() == Generator.TEACHER_STUDENT) {
          teacher.centreOutputs(xTrain, n);
          return new DataSplit[] {teach(xTrain, n, trainRandom), teach(xTest, m, testRandom)};
        }
        return new DataSplit[] {regress(xTrain, n, trainRandom), regress(xTest, m, testRandom)};
      }
      default:
        throw new AssertionError(config.generator());
    }
  }

  /** The teacher after {@link #generate()} (teacher-student and the regressions), else null. */
  public TeacherNetwork teacher() {
    return teacher;
  }

  /** The class means [classes][inputs] row-major after {@link #generate()} (gaussian-mixture), else null. */
  public double[] means() {
    return means == null ? null : means.clone();
  }

  private static double[] gaussians(Random random, int count, double sd) {
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      out[i] = sd * random.nextGaussian();
    }
    return out;
  }

  /** Balanced labels: i mod classes, then shuffled (Fisher–Yates). */
  private static int[] balancedLabels(int rows, int classes, Random random) {
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      labels[i] = i % classes;
    }
    for (int i = rows - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = labels[i];
      labels[i] = labels[j];
      labels[j] = t;
    }
    return labels;
  }

  private DataSplit mixture(int rows, Random random) {
    int d = config.inputs();
    int[] labels = balancedLabels(rows, config.classes(), random);
    double[] x = new double[rows * d];
    for (int i = 0; i < rows; i++) {
      int mean = labels[i] * d;
      for (int j = 0; j < d; j++) {
        x[i * d + j] = means[mean + j] + config.spread() * random.nextGaussian();
      }
    }
    return new DataSplit(rows, d, x, labels, null, 0);
  }

  /**
   * Radius r = √u (u uniform), angle θ = 2π · turns · r; class 0 at r (cos θ, sin θ), class 1 at the same
   * point turned by π; then Gaussian noise on each coordinate.
   */
  private DataSplit spirals(int rows, Random random) {
    int[] labels = balancedLabels(rows, 2, random);
    double[] x = new double[rows * 2];
    for (int i = 0; i < rows; i++) {
      double r = Math.sqrt(random.nextDouble());
      double theta = 2 * Math.PI * SPIRAL_TURNS * r;
      double sign = labels[i] == 0 ? 1 : -1;
      x[2 * i] = sign * r * StrictMath.cos(theta);
      x[2 * i + 1] = sign * r * StrictMath.sin(theta);
    }
    if (config.noise() > 0) {
      for (int i = 0; i < x.length; i++) {
        x[i] += config.noise() * random.nextGaussian();
      }
    }
    return new DataSplit(rows, 2, x, labels, null, 0);
  }

  private DataSplit teach(double[] x, int rows, Random random) {
    int k = config.classes();
    double[] logits = new double[k];
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      teacher.forward(x, i * config.inputs(), logits, 0);
      if (config.noise() > 0) {
        for (int c = 0; c < k; c++) {
          logits[c] += config.noise() * random.nextGaussian();
        }
      }
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (logits[c] > logits[best]) {
          best = c;
        }
      }
      labels[i] = best;
    }
    return new DataSplit(rows, config.inputs(), x, labels, null, 0);
  }

  private DataSplit regress(double[] x, int rows, Random random) {
    int t = config.targets();
    double[] y = new double[rows * t];
    for (int i = 0; i < rows; i++) {
      teacher.forward(x, i * config.inputs(), y, i * t);
    }
    if (config.noise() > 0) {
      for (int i = 0; i < y.length; i++) {
        y[i] += config.noise() * random.nextGaussian();
      }
    }
    return new DataSplit(rows, config.inputs(), x, null, y, t);
  }
}
