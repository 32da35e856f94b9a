package org.hesstrucks.model.mlp;

import java.util.Arrays;

/**
 * Layer sizes and where each layer's parameters sit in the flat vector, in PyTorch's {@code nn.Linear} layout:
 * layer by layer, the weight W_l as [out][in] row-major, then the bias b_l. Layer l (1 … L) maps size(l − 1)
 * inputs to size(l) outputs; size(0) is the input width, size(L) the number of outputs. Immutable.
 */
final class Architecture {
  private final int[] sizes;
  private final int[] weightOffsets;
  private final int[] biasOffsets;
  private final int dimension;

  /** @param sizes the input width, the hidden widths, the output width */
  Architecture(int[] sizes) {
    this.sizes = sizes.clone();
    int layers = sizes.length - 1;
    this.weightOffsets = new int[layers + 1];
    this.biasOffsets = new int[layers + 1];
    long offset = 0;
    for (int l = 1; l <= layers; l++) {
      weightOffsets[l] = (int) offset;
      offset += (long) sizes[l] * sizes[l - 1];
      biasOffsets[l] = (int) offset;
      offset += sizes[l];
      if (offset > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("a network of sizes " + Arrays.toString(sizes)
            + " has more parameters than a Java array holds");
      }
    }
    this.dimension = (int) offset;
  }

  /** L, the number of weight layers (hidden layers + 1). */
  int layers() {
    return sizes.length - 1;
  }

  int size(int l) {
    return sizes[l];
  }

  int weightOffset(int l) {
    return weightOffsets[l];
  }

  int biasOffset(int l) {
    return biasOffsets[l];
  }

  int dimension() {
    return dimension;
  }

  /** The sizes as text: {@code 784-256-256-10}. */
  String shape() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sizes.length; i++) {
      text.append(i == 0 ? "" : "-").append(sizes[i]);
    }
    return text.toString();
  }

  int[] sizes() {
    return sizes.clone();
  }
}
