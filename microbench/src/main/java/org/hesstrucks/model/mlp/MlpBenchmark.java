package org.hesstrucks.model.mlp;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.InMemoryDataset;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The MLP's kernels on one mini-batch (the shapes: depth 1, 2, 4, 8 at width 256, batch 32, 128, 1024;
 * {@value #INPUTS} Gaussian inputs, {@value #CLASSES} classes, tanh, cross-entropy, 1 or 2 OpenBLAS threads): the
 * loss alone (a forward pass), loss and gradient, building an exact curvature operator (a forward and backward
 * pass that the products reuse), and the marginal product of the exact, Gauss-Newton, forward-difference and
 * central-difference operators, each to be read against {@link #valueAndGradient}'s time (issue targets: exact
 * ≤ 2×, Gauss-Newton ≤ 1.5×, forward difference ≤ 1.1× the gradient).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MlpBenchmark {
  /** Features per sample. */
  static final int INPUTS = 784;
  /** Output classes. */
  static final int CLASSES = 10;
  /** Hidden width. */
  static final int WIDTH = 256;

  /** Hidden layers. */
  @Param({"1", "2", "4", "8"})
  public int depth;

  /** Samples in the mini-batch (the training split holds exactly these). */
  @Param({"32", "128", "1024"})
  public int batch;

  /**
   * Threads ({@link MlpConfig#blasThreads()}): the model's team, over which the matrix products and the element-wise
   * passes are split (OpenBLAS itself on one thread).
   */
  @Param({"1", "2"})
  public int blasThreads;

  /** The hidden activation (tanh in the shapes and the PyTorch comparison; sigmoid, softplus, relu too). */
  @Param({"tanh"})
  public String activation;

  private Objective objective;
  private CurvatureOperator exact;
  private CurvatureOperator gaussNewton;
  private CurvatureOperator forward;
  private CurvatureOperator central;
  private double[] x;
  private double[] gradient;
  private double[] v;
  private double[] out;

  /** Seeded data, parameters (Xavier, seed 1) and direction; the four operators built at x. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2024);
    InMemoryDataset data = new InMemoryDataset("bench-gaussian-" + batch, CLASSES, List.of(),
        split(batch, random), split(1, random));
    MlpConfig config = new MlpConfig(depth, List.of(WIDTH), Activation.fromId(activation), null, null, null,
        blasThreads, null);
    MlpModel model = new MlpModel(config, data);
    int n = model.dimension();
    x = new double[n];
    model.initialParameters(1, x);
    objective = model.objective(Batch.full(batch));
    gradient = new double[n];
    objective.valueAndGradient(x, gradient);
    v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextGaussian();
    }
    out = new double[n];
    exact = objective.curvatureAt(x, gradient, CurvatureMode.EXACT);
    gaussNewton = objective.curvatureAt(x, gradient, CurvatureMode.GAUSS_NEWTON);
    forward = objective.curvatureAt(x, gradient, CurvatureMode.FORWARD_DIFFERENCE);
    central = objective.curvatureAt(x, gradient, CurvatureMode.CENTRAL_DIFFERENCE);
  }

  private static DataSplit split(int rows, SplittableRandom random) {
    double[] features = new double[rows * INPUTS];
    for (int i = 0; i < features.length; i++) {
      features[i] = random.nextGaussian();
    }
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      labels[i] = random.nextInt(CLASSES);
    }
    return new DataSplit(rows, INPUTS, features, labels, null, 0);
  }

  /** The mini-batch loss: one forward pass. */
  @Benchmark
  public double value() {
    return objective.value(x);
  }

  /** Loss and gradient: a forward and a backward pass. */
  @Benchmark
  public double valueAndGradient() {
    return objective.valueAndGradient(x, out);
  }

  /** Building the exact operator at x (its forward and backward pass; products reuse them). */
  @Benchmark
  public CurvatureOperator buildExactOperator() {
    return objective.curvatureAt(x, gradient, CurvatureMode.EXACT);
  }

  /** H v on a built operator (R-operator). */
  @Benchmark
  public double[] exactProduct() {
    exact.apply(v, out);
    return out;
  }

  /** G v on a built operator. */
  @Benchmark
  public double[] gaussNewtonProduct() {
    gaussNewton.apply(v, out);
    return out;
  }

  /** (∇f(x + hv) − ∇f(x)) / h on a built operator: one gradient (the MLP's fused operator). */
  @Benchmark
  public double[] forwardDifferenceProduct() {
    forward.apply(v, out);
    return out;
  }

  /** (∇f(x + hv) − ∇f(x − hv)) / 2h: two gradients. */
  @Benchmark
  public double[] centralDifferenceProduct() {
    central.apply(v, out);
    return out;
  }
}
