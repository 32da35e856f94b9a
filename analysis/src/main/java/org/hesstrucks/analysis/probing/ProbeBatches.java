package org.hesstrucks.analysis.probing;

import java.util.SplittableRandom;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.objective.Batch;

/**
 * The probe batch option: {@code "full"} (the whole training set, the default) or a positive integer b, a
 * subset of b samples drawn without replacement from the run's seed, so every checkpoint of a run probes the
 * same samples.
 */
public final class ProbeBatches {
  /** The spelling of the whole training set. */
  public static final String FULL = "full";
  /** Mixed into the run's seed so the probe batch is independent of the optimizer's mini-batches. */
  private static final long SALT = 0x5DEECE66DL;

  private ProbeBatches() {}

  /**
   * Validates and normalises a config value: null → "full"; "full"; or a positive whole number.
   *
   * @param field the config field, for the message
   * @return "full" or an {@link Integer}
   * @throws ConfigException otherwise
   */
  public static Object validate(String field, Object value) {
    if (value == null || FULL.equals(value)) {
      return FULL;
    }
    if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() > 0
        && ((Number) value).longValue() <= Integer.MAX_VALUE) {
      return ((Number) value).intValue();
    }
    throw new ConfigException(field, "\"full\" or a positive integer", value);
  }

  /**
   * The batch for a validated value.
   *
   * @param batch "full" or an Integer from {@link #validate}
   * @param trainingSize the model's training-set size
   * @param seed the run's seed
   * @throws IllegalArgumentException when the batch is larger than the training set
   */
  public static Batch select(Object batch, int trainingSize, long seed) {
    if (FULL.equals(batch)) {
      return Batch.full(trainingSize);
    }
    int size = (Integer) batch;
    if (size > trainingSize) {
      throw new IllegalArgumentException("batch: " + size + " samples requested, the training set has "
          + trainingSize);
    }
    if (size == trainingSize) {
      return Batch.full(trainingSize);
    }
    int[] all = new int[trainingSize];
    for (int i = 0; i < trainingSize; i++) {
      all[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed ^ SALT);
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(trainingSize - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] picked = java.util.Arrays.copyOf(all, size);
    java.util.Arrays.sort(picked);
    return Batch.of(picked);
  }
}
