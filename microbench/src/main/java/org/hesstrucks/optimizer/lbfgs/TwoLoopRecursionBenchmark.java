package org.hesstrucks.optimizer.lbfgs;

import java.util.Arrays;
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
 * The L-BFGS two-loop recursion ({@link TwoLoopRecursion#multiply}) with a full memory of m pairs, against a
 * memory-traffic bound timed in the same run from plain streams over the same kinds of bytes.
 *
 * <p>What a call must move at least: each of its two loops reads every sᵢ and yᵢ once (4m vectors of n
 * doubles, read only), and the vector being transformed is read and written about twice (2 vectors read and 2
 * written, the (4m + 4)·8n bytes). Rather than divide that byte count by one bandwidth (a copy's writes
 * also read the target line first, and the pairs and the copy's arrays live in different levels of the cache
 * hierarchy), the bound is timed: {@link #readPairs} reads 2m arrays of n doubles, the volume and memory level
 * of the stored pairs, with the JDK's vectorised comparison (reads only); {@link #arrayCopy} reads and writes n
 * doubles. Bound = 2 × readPairs + 2 × arrayCopy, at the same n and m in the same run; the ratio of
 * {@link #multiply}'s time to it is what docs/performance.md reports ({@code BenchSummary} computes it).
 *
 * <p>n ∈ {10³, 10⁵, 10⁶} by default; the full mode adds 10⁷ with {@code -p n=1000,100000,1000000,10000000}
 * (m = 20 then holds 3.2 GB of pairs, hence the fork's heap; each benchmark creates only the state it uses).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx5g"})
public class TwoLoopRecursionBenchmark {
  /** The vector length, shared by all benchmarks. */
  @State(Scope.Thread)
  public static class Dimension {
    /** n. */
    @Param({"1000", "100000", "1000000"})
    public int n;
  }

  /** The number of pairs, shared by {@link #multiply} and {@link #readPairs}. */
  @State(Scope.Thread)
  public static class Memory {
    /** m. */
    @Param({"5", "10", "20"})
    public int m;
  }

  /** A recursion with m pairs stored and a gradient to multiply; seeded. */
  @State(Scope.Thread)
  public static class Recursion {
    TwoLoopRecursion recursion;
    double[] gradient;
    double[] out;

    /** Stores m pairs with yᵢ = Dᵢ sᵢ, Dᵢ diagonal in [0.5, 2], so sᵢᵀyᵢ &gt; 0. */
    @Setup(Level.Trial)
    public void setUp(Dimension dimension, Memory memory) {
      int n = dimension.n;
      int m = memory.m;
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

  /** 2m arrays of n doubles, as much memory as the recursion's pairs, equal in twos (see {@link #readPairs}). */
  @State(Scope.Thread)
  public static class PairArrays {
    double[][] arrays;

    /** Seeded; arrays 2k and 2k + 1 hold the same numbers. */
    @Setup(Level.Trial)
    public void setUp(Dimension dimension, Memory memory) {
      SplittableRandom random = new SplittableRandom(11);
      arrays = new double[2 * memory.m][dimension.n];
      for (int k = 0; k < memory.m; k++) {
        for (int i = 0; i < dimension.n; i++) {
          arrays[2 * k][i] = random.nextDouble(-1, 1);
        }
        System.arraycopy(arrays[2 * k], 0, arrays[2 * k + 1], 0, dimension.n);
      }
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
  public double[] multiply(Recursion recursion) {
    recursion.recursion.multiply(recursion.gradient, recursion.out);
    return recursion.out;
  }

  /**
   * Reads all 2m arrays once, only reading: {@link Arrays#equals(double[], double[])} on equal arrays compares
   * every element with the JDK's vectorised intrinsic. Half of the recursion's reads of its pairs.
   */
  @Benchmark
  public int readPairs(PairArrays pairs) {
    int equal = 0;
    for (int k = 0; k + 1 < pairs.arrays.length; k += 2) {
      if (Arrays.equals(pairs.arrays[k], pairs.arrays[k + 1])) {
        equal++;
      }
    }
    return equal;
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
