package org.hesstrucks.model.mlp;

import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;

/**
 * A run of doubles in a workspace: on the Java heap for {@link JavaKernels}, off-heap for {@link OpenBlasKernels}
 * (so OpenBLAS reads it in place, without the copy its {@code double[]} overloads make). Element-wise code reads
 * and writes through {@link #data} at {@link #offset} + i; the dense kernels use {@link #array} or
 * {@link #pointer}.
 */
final class Block {
  /** The whole storage this block lives in; absolute indexing. */
  final DoubleBuffer data;
  /** The heap array behind {@link #data}, or null off-heap. */
  final double[] array;
  /** Off-heap: a pointer positioned at this block's first element; null on the heap. */
  final DoublePointer pointer;
  /** Index of this block's first element in {@link #data} (and {@link #array}). */
  final int offset;
  /** The number of elements. */
  final int length;
  /** The block this one is a view of (kept reachable so off-heap memory outlives its views), or null. */
  private final Block base;

  private Block(DoubleBuffer data, double[] array, DoublePointer pointer, int offset, int length, Block base) {
    this.data = data;
    this.array = array;
    this.pointer = pointer;
    this.offset = offset;
    this.length = length;
    this.base = base;
  }

  /** A zeroed heap block. */
  static Block onHeap(int length) {
    double[] array = new double[length];
    return new Block(DoubleBuffer.wrap(array), array, null, 0, length, null);
  }

  /** A zeroed off-heap block. */
  static Block offHeap(int length) {
    DoublePointer pointer = new DoublePointer(Math.max(1, length));
    pointer.zero();
    DoubleBuffer buffer = pointer.asBuffer();
    return new Block(buffer, null, pointer, 0, length, null);
  }

  /** Elements [from, from + count) of this block, sharing its storage. */
  Block view(int from, int count) {
    if (from < 0 || count < 0 || from + count > length) {
      throw new IndexOutOfBoundsException("view [" + from + ", " + (from + count) + ") of a block of " + length);
    }
    DoublePointer p = pointer == null ? null : new DoublePointer(pointer).position(pointer.position() + from);
    return new Block(data, array, p, offset + from, count, base == null ? this : base);
  }

  double get(int i) {
    return data.get(offset + i);
  }

  void set(int i, double value) {
    data.put(offset + i, value);
  }

  /** Copies {@code source[from .. from + length)} into this block (a memory copy, not an element loop). */
  void copyFrom(double[] source, int from) {
    copyFrom(0, source, from, length);
  }

  /** Copies {@code source[from .. from + count)} into elements [at, at + count) of this block. */
  void copyFrom(int at, double[] source, int from, int count) {
    data.put(offset + at, source, from, count);
  }

  /** Copies this block into {@code target[from .. from + length)} (a memory copy, not an element loop). */
  void copyTo(double[] target, int from) {
    copyTo(0, target, from, length);
  }

  /** Copies elements [at, at + count) of this block into {@code target[from .. from + count)}. */
  void copyTo(int at, double[] target, int from, int count) {
    data.get(offset + at, target, from, count);
  }

  void fill(double value) {
    for (int i = 0; i < length; i++) {
      data.put(offset + i, value);
    }
  }
}
