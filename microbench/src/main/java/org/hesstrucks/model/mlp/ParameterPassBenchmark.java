package org.hesstrucks.model.mlp;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.InMemoryDataset;
import org.hesstrucks.objective.Batch;
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
 * The MLP workspace's passes over the parameters alone, one thread: what a forward-difference product does beyond
 * a gradient, against what {@link MlpBenchmark#valueAndGradient} does beyond its forward and backward pass.
 *
 * <p>A forward-difference product is ‖v‖ ({@link #directionNorm}), the trial point x + h·v written into the
 * parameter block ({@link #shiftedParameters}), a forward and backward pass, and the quotient
 * ({@link #differenceQuotient}). The gradient benchmark, whose x never changes, is {@link #unchangedParameters}
 * (x compared with the block, nothing written), the same passes, and {@link #gradientCopy}. So
 * {@code directionNorm + shiftedParameters + differenceQuotient − unchangedParameters − gradientCopy} is the least a
 * forward-difference product can cost beyond that gradient on this machine with these passes each at its own
 * speed; added to {@link MlpBenchmark#valueAndGradient}'s time it bounds the forward difference's ratio to the
 * gradient from below (docs/performance.md). {@link #changedParameters} is the parameter copy of a gradient at a new
 * point, as in an optimizer's run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParameterPassBenchmark {
  /** Hidden layers of width {@value MlpBenchmark#WIDTH}: 269,322 parameters at depth 2. */
  @Param({"2"})
  public int depth;

  private Workspace workspace;
  private MlpObjective objective;
  private double[] x;
  private double[] other;
  private double[] v;
  private double[] g0;
  private double[] out;
  private double h;
  private boolean flip;

  /** A model at batch 32 whose workspace holds a gradient; x, a point one ulp away, v, ∇f(x), the step along v. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2024);
    int rows = 32;
    double[] features = new double[rows * MlpBenchmark.INPUTS];
    for (int i = 0; i < features.length; i++) {
      features[i] = random.nextGaussian();
    }
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      labels[i] = random.nextInt(MlpBenchmark.CLASSES);
    }
    DataSplit split = new DataSplit(rows, MlpBenchmark.INPUTS, features, labels, null, 0);
    InMemoryDataset data = new InMemoryDataset("bench-passes", MlpBenchmark.CLASSES, List.of(), split, split);
    MlpModel model = new MlpModel(
        new MlpConfig(depth, List.of(MlpBenchmark.WIDTH), null, null, null, null, 1, null), data);
    int n = model.dimension();
    x = new double[n];
    model.initialParameters(1, x);
    other = new double[n];
    for (int i = 0; i < n; i++) {
      other[i] = Math.nextUp(x[i]);
    }
    objective = (MlpObjective) model.objective(Batch.full(rows));
    g0 = new double[n];
    objective.valueAndGradient(x, g0);
    workspace = objective.workspace();
    v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextGaussian();
    }
    out = new double[n];
    h = new MlpForwardDifference(objective, x, g0).stepFor(v);
  }

  /** Σ vᵢ², the read of v that the step h = √ε (1 + ‖x‖) / ‖v‖ needs before anything else. */
  @Benchmark
  public double directionNorm() {
    return objective.sumOfSquares(v);
  }

  /** The parameter block ← x + h·v (two reads, a write). */
  @Benchmark
  public double[] shiftedParameters() {
    workspace.setShiftedParameters(x, h, v, out);
    return out;
  }

  /** out ← (gradient block − ∇f(x)) / h, no weight decay (two reads, a write). */
  @Benchmark
  public double[] differenceQuotient() {
    workspace.differenceQuotient(x, h, v, 0, g0, out);
    return out;
  }

  /** The gradient benchmark's parameter pass: x compared with the block, which already holds it (two reads). */
  @Benchmark
  public Workspace unchangedParameters() {
    workspace.setParameters(x);
    return workspace;
  }

  /** The parameter pass at a new point (every parameter one ulp off the block's, alternately): compared and written. */
  @Benchmark
  public Workspace changedParameters() {
    flip = !flip;
    workspace.setParameters(flip ? other : x);
    return workspace;
  }

  /** out ← the gradient block (a read, a write). */
  @Benchmark
  public double[] gradientCopy() {
    workspace.copyGradient(out);
    return out;
  }
}
