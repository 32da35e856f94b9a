package org.hesstrucks.harness.run;

import java.util.SplittableRandom;
import org.hesstrucks.objective.Batch;

/**
 * Mini-batches without replacement: each epoch is a seeded permutation of the training set cut into
 * consecutive batches; a last partial batch is dropped so every step sees the same batch size, and the next
 * epoch starts with a new permutation. Batch size 0 means the whole training set at every step.
 */
public final class BatchSampler {
  private final int trainingSize;
  private final int batchSize;
  private final SplittableRandom random;
  private final int[] permutation;
  private final Batch full;
  private int position;

  /**
   * @param trainingSize samples in the training set
   * @param batchSize samples per batch, or 0 for the whole set
   * @param seed fixes the sequence of batches
   */
  public BatchSampler(int trainingSize, int batchSize, long seed) {
    if (batchSize < 0 || batchSize > trainingSize) {
      throw new IllegalArgumentException("batch size " + batchSize + " does not fit a training set of "
          + trainingSize + " samples");
    }
    this.trainingSize = trainingSize;
    this.batchSize = batchSize;
    this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.full = Batch.full(trainingSize);
    this.permutation = batchSize == 0 || batchSize == trainingSize ? null : new int[trainingSize];
    if (permutation != null) {
      for (int i = 0; i < trainingSize; i++) {
        permutation[i] = i;
      }
      shuffle();
    }
  }

  /** The next batch. */
  public Batch next() {
    if (permutation == null) {
      return full;
    }
    if (position + batchSize > trainingSize) {
      shuffle();
    }
    int[] indices = new int[batchSize];
    System.arraycopy(permutation, position, indices, 0, batchSize);
    position += batchSize;
    return Batch.of(indices);
  }

  private void shuffle() {
    for (int i = trainingSize - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = t;
    }
    position = 0;
  }
}
