package org.hesstrucks.optimizer.lbfgs;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The L-BFGS two-loop recursion ({@link TwoLoopRecursion#multiply}) with a full memory of m pairs, against the
 * memory bandwidth measured in the same run by a plain array copy of the same length.
 *
 * <p>Bytes a call must move at least: each loop reads every sᵢ and yᵢ once (4m vectors) and the vector being
 * transformed is read and written about twice (4 vectors), so about (4m + 4)·8n bytes. The bound time per call
 * is that divided by {@link #arrayCopy}'s bytes per second at the same n (a copy reads 8n and writes 8n bytes);
 * the ratio of {@link #multiply}'s time to it is what docs/performance.md reports.
 *
 * <p>n ∈ {10³, 10⁵, 10⁶} by default; the full mode adds 10⁷ with {@code -p n=1000,100000,1000000,10000000}
 * (m = 20 then holds 3.2 GB of pairs, hence the fork's heap).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx5g"})
public class TwoLoopRecursionBenchmark {
  /** The vector length, shared by both benchmarks. */
  @State(Scope.Thread)
  public static class Dimension {
    /** n. */
    @Param({"1000", "100000", "1000000"})
    public int n;
  }

  /** A recursion with m pairs stored and a gradient to multiply; seeded. */
  @State(Scope.Thread)
  public static class Memory {
    /** m, the number of pairs. */
    @Param({"5", "10", "20"})
    public int m;

    TwoLoopRecursion recursion;
    double[] gradient;
    double[] out;

    /** Stores m pairs with yᵢ = Dᵢ sᵢ, Dᵢ diagonal in [0.5, 2], so sᵢᵀyᵢ &gt; 0. */
    @Setup(Level.Trial)
    public void setUp(Dimension dimension) {
      int n = dimension.n;
      SplittableRandom random = new SplittableRandom(42);
      recursion = new TwoLoopRecursion(n, m);
      double[] s = new double[n];
      double[] y = new double[n];
      for (int k = 0; k < m; k++) {
        for (int i = 0; i < n; i++) {
          s[i] = random.nextDouble(-1, 1);
          y[i] = s[i] * random.nextDouble(0.5, 2);
        }
        recursion.push(s, y);
      }
      gradient = new double[n];
      for (int i = 0; i < n; i++) {
        gradient[i] = random.nextDouble(-1, 1);
      }
      out = new double[n];
    }
  }

  /** Two arrays of n doubles for the copy. */
  @State(Scope.Thread)
  public static class CopyArrays {
    double[] source;
    double[] target;

    /** Seeded source, zero target. */
    @Setup(Level.Trial)
    public void setUp(Dimension dimension) {
      SplittableRandom random = new SplittableRandom(7);
      source = new double[dimension.n];
      for (int i = 0; i < source.length; i++) {
        source[i] = random.nextDouble();
      }
      target = new double[dimension.n];
    }
  }

  /** Bytes moved by the copies of one iteration: JMH reports them per second in throughput mode. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Bytes {
    /** 16n per copy (8n read, 8n written). */
    public long bytes;

    /** Restarts the count every iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** out ← H g: one L-BFGS direction (without the sign). */
  @Benchmark
  public double[] multiply(Memory memory) {
    memory.recursion.multiply(memory.gradient, memory.out);
    return memory.out;
  }

  /**
   * A plain copy of n doubles; the secondary metric {@code bytes} is the bandwidth in bytes per second
   * (read plus written).
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public double[] arrayCopy(CopyArrays arrays, Bytes bytes) {
    System.arraycopy(arrays.source, 0, arrays.target, 0, arrays.source.length);
    bytes.bytes += 16L * arrays.source.length;
    return arrays.target;
  }
}
