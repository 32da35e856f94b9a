package org.hesstrucks.model.mlp;

/**
 * The dense products of the forward, backward and R-passes, on row-major {@link Block}s, and the storage they
 * need. Every product writes C ← β C + op(A) op(B) with β ∈ {0, 1}; for β = 0, C's old content is ignored.
 */
interface Kernels {
  /** A zeroed block this implementation computes on. */
  Block allocate(int length);

  /** C[m×n] ← β C + A[m×k] · B[n×k]ᵀ. */
  void multiplyTransposeB(int m, int n, int k, Block a, Block b, double beta, Block c);

  /** C[m×n] ← β C + A[k×m]ᵀ · B[k×n]. */
  void multiplyTransposeA(int m, int n, int k, Block a, Block b, double beta, Block c);

  /** C[m×n] ← β C + A[m×k] · B[k×n]. */
  void multiply(int m, int n, int k, Block a, Block b, double beta, Block c);

  /** A short description for provenance: the implementation, its kernel and thread count. */
  String describe();

  /** True for native OpenBLAS, false for plain Java. */
  boolean isNative();
}
