package org.hesstrucks.dataset;

import java.util.Objects;

/**
 * One split of a dataset: {@code rows} samples of {@code columns} features, row-major, with class labels
 * (classification) or real targets (regression, {@code targetColumns} per sample). Arrays are owned by the
 * split and must not be modified.
 *
 * @param rows number of samples
 * @param columns features per sample
 * @param features rows × columns, row-major
 * @param labels class of each sample in [0, classes), or null for regression
 * @param targets rows × targetColumns, row-major, or null for classification
 * @param targetColumns targets per sample (0 for classification)
 */
public record DataSplit(int rows, int columns, double[] features, int[] labels, double[] targets, int targetColumns) {
  public DataSplit {
    Objects.requireNonNull(features, "features");
    if ((long) rows * columns != features.length) {
      throw new IllegalArgumentException(rows + " rows × " + columns + " columns needs " + (long) rows * columns
          + " features, got " + features.length);
    }
    if ((labels == null) == (targets == null)) {
      throw new IllegalArgumentException("a split has either labels or targets");
    }
    if (labels != null && labels.length != rows) {
      throw new IllegalArgumentException(rows + " rows need " + rows + " labels, got " + labels.length);
    }
    if (targets != null && (long) rows * targetColumns != targets.length) {
      throw new IllegalArgumentException(rows + " rows × " + targetColumns + " targets needs "
          + (long) rows * targetColumns + " values, got " + targets.length);
    }
  }
}
