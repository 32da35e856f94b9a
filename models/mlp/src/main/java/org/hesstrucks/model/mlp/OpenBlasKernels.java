package org.hesstrucks.model.mlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * OpenBLAS from {@code org.bytedeco:openblas} (a DYNAMIC_ARCH build that picks its kernel for the CPU at load
 * time) on off-heap blocks: {@code cblas_dgemm} reads and writes the workspaces in place. One library and one
 * thread pool per JVM: the library is loaded once, on first use, and a failure is remembered with its reason.
 */
final class OpenBlasKernels implements Kernels {
  private static final int ROW_MAJOR = openblas_nolapack.CblasRowMajor;
  private static final int NO_TRANS = openblas_nolapack.CblasNoTrans;
  private static final int TRANS = openblas_nolapack.CblasTrans;

  private final int threads;

  private OpenBlasKernels(int threads) {
    this.threads = threads;
  }

  /**
   * OpenBLAS with {@code threads} threads (setting the process-wide pool), or null when the native library does
   * not load (then {@link #loadFailure()} says why).
   */
  static OpenBlasKernels create(int threads) {
    if (!Holder.LOADED) {
      return null;
    }
    synchronized (OpenBlasKernels.class) {
      openblas_nolapack.blas_set_num_threads(threads);
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
    openblas_nolapack.cblas_dgemm(ROW_MAJOR, NO_TRANS, TRANS, m, n, k, 1.0, a.pointer, k, b.pointer, k, beta,
        c.pointer, n);
  }

  @Override
  public void multiplyTransposeA(int m, int n, int k, Block a, Block b, double beta, Block c) {
    openblas_nolapack.cblas_dgemm(ROW_MAJOR, TRANS, NO_TRANS, m, n, k, 1.0, a.pointer, m, b.pointer, n, beta,
        c.pointer, n);
  }

  @Override
  public void multiply(int m, int n, int k, Block a, Block b, double beta, Block c) {
    openblas_nolapack.cblas_dgemm(ROW_MAJOR, NO_TRANS, NO_TRANS, m, n, k, 1.0, a.pointer, k, b.pointer, n, beta,
        c.pointer, n);
  }

  @Override
  public String describe() {
    return openblas_nolapack.OPENBLAS_VERSION.trim() + " (org.bytedeco:openblas, DYNAMIC_ARCH; kernel for this CPU: "
        + inferredCore() + "), " + threads + (threads == 1 ? " thread" : " threads");
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
