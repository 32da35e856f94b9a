package org.hesstrucks.model.quadratic;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
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
 * The quadratic's value and gradient and its exact Hessian-vector product (A v = Q Λ Qᵀ v), the pair whose
 * ratio the HVP target is about. The rotation is the default {@code auto}: dense (2n² flops per
 * product) for n ≤ 2048, else 8 Householder reflectors (O(kn)).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class QuadraticBenchmark {
  /** n: 10³ is dense, 10⁵ and 10⁶ Householder. */
  @Param({"1000", "100000", "1000000"})
  public int n;

  private Objective objective;
  private CurvatureOperator hessian;
  private double[] x;
  private double[] v;
  private double[] out;

  /** The default quadratic of dimension n (κ = 100, log-uniform spectrum, instance seed 1); seeded x and v. */
  @Setup(Level.Trial)
  public void setUp() {
    QuadraticModel model = new QuadraticModel(QuadraticConfig.defaults().withDimension(n));
    objective = model.objective(Batch.full(1));
    x = new double[n];
    model.initialParameters(3, x);
    hessian = objective.curvatureAt(x, CurvatureMode.EXACT);
    SplittableRandom random = new SplittableRandom(11);
    v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextDouble(-1, 1);
    }
    out = new double[n];
  }

  /** f(x) and ∇f(x). */
  @Benchmark
  public double valueAndGradient() {
    return objective.valueAndGradient(x, out);
  }

  /** A v, on an operator built once. */
  @Benchmark
  public double[] exactHessianVectorProduct() {
    hessian.apply(v, out);
    return out;
  }
}
