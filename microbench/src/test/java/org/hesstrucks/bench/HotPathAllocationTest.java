package org.hesstrucks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.List;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.InMemoryDataset;
import org.hesstrucks.linesearch.BacktrackingConfig;
import org.hesstrucks.linesearch.BacktrackingLineSearch;
import org.hesstrucks.linesearch.LineSearch;
import org.hesstrucks.linesearch.LineSearchResult;
import org.hesstrucks.linesearch.LineSearchStatus;
import org.hesstrucks.linesearch.StrongWolfeConfig;
import org.hesstrucks.linesearch.StrongWolfeLineSearch;
import org.hesstrucks.model.mlp.MlpConfig;
import org.hesstrucks.model.mlp.MlpModel;
import org.hesstrucks.model.quadratic.QuadraticConfig;
import org.hesstrucks.model.quadratic.QuadraticModel;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.lbfgs.TwoLoopRecursion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The hot paths the benchmarks time allocate nothing per call in steady state, counted (not timed) with the
 * JVM's per-thread allocation counter around many calls after a warm-up, so that JMH's {@code -prof gc}
 * result (about 0 B/op) is kept by the build.
 */
class HotPathAllocationTest {
  /** Calls before counting: enough for the JIT to compile the paths. */
  private static final int WARM_UP_CALLS = 20_000;
  /** Calls counted. */
  private static final int COUNTED_CALLS = 10_000;
  /**
   * Bytes tolerated over all counted calls: loose on purpose (the counter itself and a JIT deoptimisation may
   * allocate a few hundred bytes once), yet 16 bytes per call (the smallest object) would be 160,000.
   */
  private static final long ALLOCATION_SLACK_BYTES = 4096;
  private static final int N = 64;

  private static com.sun.management.ThreadMXBean threads;

  @BeforeAll
  static void counter() {
    threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assertTrue(threads.isThreadAllocatedMemorySupported(), "this JVM cannot count allocated bytes");
    threads.setThreadAllocatedMemoryEnabled(true);
  }

  /** Bytes allocated by the current thread over {@link #COUNTED_CALLS} runs of {@code call}, after warm-up. */
  private static long allocatedPerBatch(Runnable call) {
    for (int i = 0; i < WARM_UP_CALLS; i++) {
      call.run();
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < COUNTED_CALLS; i++) {
      call.run();
    }
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  private static double[] seeded(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextDouble(-1, 1);
    }
    return v;
  }

  @Test
  @DisplayName("the L-BFGS two-loop recursion with a full memory allocates nothing per call")
  void twoLoopRecursion() {
    TwoLoopRecursion recursion = new TwoLoopRecursion(N, 10);
    for (int k = 0; k < 12; k++) {
      double[] s = seeded(k, N);
      double[] y = s.clone();
      for (int i = 0; i < N; i++) {
        y[i] *= 1 + 0.01 * i;
      }
      recursion.push(s, y);
    }
    double[] g = seeded(99, N);
    double[] out = new double[N];
    long bytes = allocatedPerBatch(() -> recursion.multiply(g, out));
    assertTrue(bytes <= ALLOCATION_SLACK_BYTES, bytes + " bytes over " + COUNTED_CALLS + " calls");
  }

  @Test
  @DisplayName("the quadratic's value and gradient allocate nothing per call")
  void quadraticGradient() {
    Objective f = new QuadraticModel(QuadraticConfig.defaults().withDimension(N)).objective(Batch.full(1));
    double[] x = seeded(5, N);
    double[] g = new double[N];
    long bytes = allocatedPerBatch(() -> f.valueAndGradient(x, g));
    assertTrue(bytes <= ALLOCATION_SLACK_BYTES, bytes + " bytes over " + COUNTED_CALLS + " calls");
  }

  @Test
  @DisplayName("a backtracking Armijo search and a strong-Wolfe search on a quadratic allocate nothing per search")
  void lineSearchesOnQuadratic() {
    Objective f = new QuadraticModel(QuadraticConfig.defaults().withDimension(N)).objective(Batch.full(1));
    double[] x = seeded(5, N);
    double[] g = new double[N];
    double value = f.valueAndGradient(x, g);
    double[] d = new double[N];
    for (int i = 0; i < N; i++) {
      d[i] = -g[i];
    }
    LineSearchResult result = new LineSearchResult(N);
    // An initial step of 8 makes the Armijo search backtrack (λ_max = 1) and the Wolfe search zoom.
    for (LineSearch search : new LineSearch[] {new BacktrackingLineSearch(BacktrackingConfig.defaults()),
        new StrongWolfeLineSearch(StrongWolfeConfig.defaults())}) {
      search.search(f, x, value, g, d, 8.0, result);
      assertEquals(LineSearchStatus.SATISFIED, result.status());
      assertTrue(result.evaluations() > 1, "the search should try more than one step");
      long bytes = allocatedPerBatch(() -> search.search(f, x, value, g, d, 8.0, result));
      assertTrue(bytes <= ALLOCATION_SLACK_BYTES, search.getClass().getSimpleName() + ": " + bytes + " bytes over "
          + COUNTED_CALLS + " searches");
    }
  }

  @Test
  @DisplayName("the MLP's loss and gradient, and exact and Gauss-Newton products on built operators, allocate nothing per call")
  void mlpHotPaths() {
    int rows = 8;
    int inputs = 5;
    double[] features = seeded(21, rows * inputs);
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      labels[i] = i % 3;
    }
    DataSplit train = new DataSplit(rows, inputs, features, labels, null, 0);
    DataSplit test = new DataSplit(1, inputs, seeded(22, inputs), new int[] {0}, null, 0);
    MlpModel model = new MlpModel(new MlpConfig(2, List.of(16), null, null, null, null, 1, null),
        new InMemoryDataset("allocation-test", 3, List.of(), train, test));
    int n = model.dimension();
    double[] x = new double[n];
    model.initialParameters(1, x);
    Objective f = model.objective(Batch.full(rows));
    double[] g = new double[n];
    double[] v = seeded(23, n);
    double[] out = new double[n];
    long bytes = allocatedPerBatch(() -> f.valueAndGradient(x, g));
    assertTrue(bytes <= ALLOCATION_SLACK_BYTES, "value and gradient: " + bytes + " bytes over " + COUNTED_CALLS + " calls");
    for (CurvatureMode mode : new CurvatureMode[] {CurvatureMode.EXACT, CurvatureMode.GAUSS_NEWTON}) {
      CurvatureOperator operator = f.curvatureAt(x, g, mode);
      long productBytes = allocatedPerBatch(() -> operator.apply(v, out));
      assertTrue(productBytes <= ALLOCATION_SLACK_BYTES, mode + ": " + productBytes + " bytes over " + COUNTED_CALLS
          + " products");
    }
  }
}
