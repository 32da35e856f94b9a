package org.hesstrucks.model.mlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * OpenBLAS from {@code org.bytedeco:openblas} (a DYNAMIC_ARCH build that picks its kernel for the CPU at load
 * time) on off-heap blocks: {@code cblas_dgemm} reads and writes the workspaces in place. The library is loaded
 * once per JVM, on first use, and a failure is remembered with its reason.
 *
 * <p>Threads: OpenBLAS's own pool is kept at one thread, and with {@code threads} &gt; 1 a product of at least
 * {@link #SPLIT_FLOPS} is split over the JVM's {@link Team} of that size: the larger of C's two dimensions is cut into
 * contiguous runs (multiples of {@link #ALIGN}), and each thread calls single-threaded OpenBLAS on its run (a pointer
 * offset and the original leading dimensions, no copy). Each element of C is then computed by one call on one thread;
 * OpenBLAS may pick another kernel for a narrower call, so the last bits can depend on the thread count (not on the
 * run: the split is a function of the shape and the count).
 */
final class OpenBlasKernels implements Kernels {
  private static final int ROW_MAJOR = openblas_nolapack.CblasRowMajor;
  private static final int NO_TRANS = openblas_nolapack.CblasNoTrans;
  private static final int TRANS = openblas_nolapack.CblasTrans;
  /** Products with fewer multiply-adds (m·n·k) run on the calling thread alone. */
  static final long SPLIT_FLOPS = 1L << 17;
  /** Split boundaries are multiples of this (a micro-kernel tile edge). */
  static final int ALIGN = 8;

  private final int threads;
  private final Team team;
  private final Product product;

  private OpenBlasKernels(int threads) {
    this.threads = threads;
    this.team = Team.shared(threads);
    this.product = new Product(threads);
  }

  /**
   * OpenBLAS split over {@code threads} threads (OpenBLAS's own pool set to one thread), or null when the native
   * library does not load (then {@link #loadFailure()} says why).
   */
  static OpenBlasKernels create(int threads) {
    if (!Holder.LOADED) {
      return null;
    }
    synchronized (OpenBlasKernels.class) {
      openblas_nolapack.blas_set_num_threads(1);
    }
    return new OpenBlasKernels(threads);
  }

  /** Why the native library did not load, or null when it did. */
  static String loadFailure() {
    return Holder.FAILURE;
  }

  /** Loads the native library once per JVM. */
  private static final class Holder {
    static final boolean LOADED;
    static final String FAILURE;

    static {
      String failure = null;
      try {
        Loader.load(openblas_nolapack.class);
      } catch (Throwable e) { // UnsatisfiedLinkError, missing classifier jar, unsupported platform
        failure = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      LOADED = failure == null;
      FAILURE = failure;
    }
  }

  @Override
  public Block allocate(int length) {
    return Block.offHeap(length);
  }

  @Override
  public void multiplyTransposeB(int m, int n, int k, Block a, Block b, double beta, Block c) {
    gemm(NO_TRANS, TRANS, m, n, k, a, k, b, k, beta, c);
  }

  @Override
  public void multiplyTransposeA(int m, int n, int k, Block a, Block b, double beta, Block c) {
    gemm(TRANS, NO_TRANS, m, n, k, a, m, b, n, beta, c);
  }

  @Override
  public void multiply(int m, int n, int k, Block a, Block b, double beta, Block c) {
    gemm(NO_TRANS, NO_TRANS, m, n, k, a, k, b, n, beta, c);
  }

  private void gemm(int transA, int transB, int m, int n, int k, Block a, int lda, Block b, int ldb, double beta,
      Block c) {
    if (threads == 1 || (long) m * n * k < SPLIT_FLOPS) {
      openblas_nolapack.cblas_dgemm(ROW_MAJOR, transA, transB, m, n, k, 1.0, a.pointer, lda, b.pointer, ldb, beta,
          c.pointer, n);
      return;
    }
    product.set(transA, transB, m, n, k, a, lda, b, ldb, beta, c);
    team.run(product);
  }

  /** One product split over the team: part p computes a contiguous run of C's rows or columns. */
  private static final class Product implements Team.Job {
    private final MovablePointer[] aParts;
    private final MovablePointer[] bParts;
    private final MovablePointer[] cParts;
    private int transA;
    private int transB;
    private int m;
    private int n;
    private int k;
    private Block a;
    private int lda;
    private Block b;
    private int ldb;
    private double beta;
    private Block c;

    Product(int parts) {
      aParts = new MovablePointer[parts];
      bParts = new MovablePointer[parts];
      cParts = new MovablePointer[parts];
      for (int i = 0; i < parts; i++) {
        aParts[i] = new MovablePointer();
        bParts[i] = new MovablePointer();
        cParts[i] = new MovablePointer();
      }
    }

    void set(int transA, int transB, int m, int n, int k, Block a, int lda, Block b, int ldb, double beta, Block c) {
      this.transA = transA;
      this.transB = transB;
      this.m = m;
      this.n = n;
      this.k = k;
      this.a = a;
      this.lda = lda;
      this.b = b;
      this.ldb = ldb;
      this.beta = beta;
      this.c = c;
    }

    @Override
    public void run(int part, int parts) {
      MovablePointer pa = aParts[part];
      MovablePointer pb = bParts[part];
      MovablePointer pc = cParts[part];
      if (m >= n) { // rows [from, to) of C: rows of A (or its columns when transposed)
        int from = Team.boundary(m, part, parts, ALIGN);
        int to = Team.boundary(m, part + 1, parts, ALIGN);
        if (to <= from) {
          return;
        }
        pa.at(a.pointer, transA == NO_TRANS ? (long) from * lda : from);
        pb.at(b.pointer, 0);
        pc.at(c.pointer, (long) from * n);
        openblas_nolapack.cblas_dgemm(ROW_MAJOR, transA, transB, to - from, n, k, 1.0, pa, lda, pb, ldb, beta, pc, n);
      } else { // columns [from, to) of C: columns of B (or its rows when transposed)
        int from = Team.boundary(n, part, parts, ALIGN);
        int to = Team.boundary(n, part + 1, parts, ALIGN);
        if (to <= from) {
          return;
        }
        pa.at(a.pointer, 0);
        pb.at(b.pointer, transB == NO_TRANS ? from : (long) from * ldb);
        pc.at(c.pointer, from);
        openblas_nolapack.cblas_dgemm(ROW_MAJOR, transA, transB, m, to - from, k, 1.0, pa, lda, pb, ldb, beta, pc, n);
      }
    }
  }

  /** A pointer object re-aimed at an offset into a block for each call (no allocation per product). */
  private static final class MovablePointer extends DoublePointer {
    void at(DoublePointer base, long offset) {
      address = base.address();
      capacity = base.capacity();
      limit = base.limit();
      position = base.position() + offset;
    }
  }

  @Override
  public String describe() {
    return openblas_nolapack.OPENBLAS_VERSION.trim() + " (org.bytedeco:openblas, DYNAMIC_ARCH; kernel for this CPU: "
        + inferredCore() + "), " + (threads == 1 ? "1 thread"
        : threads + " threads (products split over the model's own threads, OpenBLAS itself on one)");
  }

  @Override
  public boolean isNative() {
    return true;
  }

  /**
   * The kernel family OpenBLAS's DYNAMIC_ARCH dispatch picks on x86-64, inferred from the CPU flags in
   * {@code /proc/cpuinfo} by its rules ({@code OPENBLAS_CORETYPE} overrides it). The binding does not expose
   * {@code openblas_get_corename()}; run with {@code OPENBLAS_VERBOSE=2} to see the name OpenBLAS prints.
   */
  static String inferredCore() {
    String forced = System.getenv("OPENBLAS_CORETYPE");
    if (forced != null && !forced.isBlank()) {
      return forced.toLowerCase(Locale.ROOT) + " (OPENBLAS_CORETYPE)";
    }
    String flags;
    try {
      flags = " " + Files.readString(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)
          .replace('\n', ' ').replace('\t', ' ') + " ";
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
    if (flags.contains(" avx512_bf16 ")) {
      return "cooperlake";
    }
    if (flags.contains(" avx512f ")) {
      return "skylakex";
    }
    if (flags.contains(" avx2 ")) {
      return "haswell";
    }
    if (flags.contains(" avx ")) {
      return "sandybridge";
    }
    return "generic or older (slow)";
  }
}
