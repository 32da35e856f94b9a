package org.hesstrucks.model.mlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * The dense matrix product C ← A·B of two square matrices of order {@code size} through the MLP's own
 * {@link Kernels} (row-major blocks, β = 0): OpenBLAS's {@code cblas_dgemm} on off-heap blocks, or the pure-Java
 * fallback {@link JavaKernels} on heap arrays. The secondary metric {@code flops} counts 2·size³ per product, so
 * JMH reports it in FLOP per second. The machine's peak, as issue 8 defines it, is OpenBLAS at size 2048 in the
 * same run; the targets are OpenBLAS at 512 ≥ 80% of it and the Java fallback ≥ 20 GFLOP/s.
 *
 * <p>OpenBLAS runs {@code threads} threads (one by default, as {@link MlpBenchmark} does; OpenBLAS's thread count
 * is process-wide). {@code java} at 2048 takes about a second per product.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DgemmBenchmark {
  /** The order of A, B and C. */
  @Param({"512", "2048"})
  public int size;

  /** {@code openblas} or {@code java}. */
  @Param({"openblas", "java"})
  public String kernel;

  /** OpenBLAS threads (ignored by {@code java}). */
  @Param({"1"})
  public int threads;

  private Kernels kernels;
  private Block a;
  private Block b;
  private Block c;

  /** Floating-point operations of the products of one iteration: JMH reports them per second. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Flops {
    /** 2·size³ per product. */
    public double flops;

    /** Restarts the count every iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      flops = 0;
    }
  }

  /**
   * The calling thread's CPU time over the products of one iteration, and their floating-point operations: on a
   * shared machine, GFLOP per CPU second (gflop / (cpuNanos · 1e−9)) is what the kernel does while it runs, the
   * wall-clock rate also includes the time other processes take the core. OpenBLAS with one thread computes on the
   * calling thread; with more, this undercounts its CPU time.
   */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class CpuTime {
    /** Nanoseconds of this thread's CPU time in the products. */
    public long cpuNanos;
    /** GFLOP of the products. */
    public double gflop;

    /** Restarts the counts every iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      cpuNanos = 0;
      gflop = 0;
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Seeded A and B with entries in [−1, 1). */
  @Setup(Level.Trial)
  public void setUp() {
    switch (kernel) {
      case "openblas":
        kernels = OpenBlasKernels.create(threads);
        if (kernels == null) {
          throw new IllegalStateException("OpenBLAS does not load: " + OpenBlasKernels.loadFailure());
        }
        break;
      case "java":
        kernels = new JavaKernels("benchmark");
        break;
      default:
        throw new IllegalArgumentException("unknown kernel " + kernel);
    }
    int length = size * size;
    a = kernels.allocate(length);
    b = kernels.allocate(length);
    c = kernels.allocate(length);
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < length; i++) {
      a.set(i, random.nextDouble(-1, 1));
      b.set(i, random.nextDouble(-1, 1));
    }
  }

  /** C ← A·B. */
  @Benchmark
  public double multiply(Flops flops, CpuTime cpu) {
    long start = THREADS.getCurrentThreadCpuTime();
    kernels.multiply(size, size, size, a, b, 0, c);
    cpu.cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
    double operations = 2.0 * size * size * size;
    flops.flops += operations;
    cpu.gflop += operations * 1e-9;
    return c.get(0);
  }
}
