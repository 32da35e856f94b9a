package org.hesstrucks.objective;

import java.util.Arrays;

/**
 * The training samples one evaluation uses: either the whole training set or a list of sample indices.
 * Immutable; the index array is copied on the way in and never handed out.
 */
public final class Batch {
  private final int size;
  private final int[] indices;

  private Batch(int size, int[] indices) {
    this.size = size;
    this.indices = indices;
  }

  /** The whole training set of {@code n} samples (for a model without data, n = 1). */
  public static Batch full(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("a batch needs at least one sample, got n = " + n);
    }
    return new Batch(n, null);
  }

  /** The samples at {@code indices}, in that order; copied. */
  public static Batch of(int[] indices) {
    if (indices.length == 0) {
      throw new IllegalArgumentException("a batch needs at least one sample");
    }
    int[] copy = indices.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] < 0) {
        throw new IllegalArgumentException("sample index " + copy[i] + " at position " + i + " is negative");
      }
    }
    return new Batch(copy.length, copy);
  }

  /** True when this batch is the whole training set in natural order. */
  public boolean isFull() {
    return indices == null;
  }

  public int size() {
    return size;
  }

  /** The training-set index of the {@code i}-th sample of this batch. */
  public int index(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("sample " + i + " of a batch of " + size);
    }
    return indices == null ? i : indices[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Batch b && b.size == size && Arrays.equals(b.indices, indices);
  }

  @Override
  public int hashCode() {
    return 31 * size + Arrays.hashCode(indices);
  }

  @Override
  public String toString() {
    return isFull() ? "Batch[full, " + size + "]" : "Batch[" + size + " samples]";
  }
}
