package org.hesstrucks.dataset.idx;

import org.hesstrucks.core.ConfigException;
import org.hesstrucks.dataset.DatasetOptions;

/**
 * The {@code idx} plugin's block of a sweep file: MNIST-style IDX files, raw or gzip (detected by their magic
 * bytes, whatever the file name). Paths are relative to the sweep file's folder
 * ({@link org.hesstrucks.dataset.DatasetContext#baseDirectory()}) unless absolute.
 *
 * @param trainImages the training images, an IDX file of unsigned bytes with 3 dimensions (images × rows ×
 *     columns, magic number 0x00000803); required
 * @param trainLabels the training labels, an IDX file of unsigned bytes with 1 dimension (magic number
 *     0x00000801); required
 * @param testImages the held-out images; optional, with {@code testLabels}. Without them,
 *     {@code options.testFraction} of the training files is held out (seeded by {@code options.splitSeed}).
 * @param testLabels the held-out labels; given exactly when {@code testImages} is
 * @param classes the number of classes, a positive integer; a label ≥ it is refused. Default: the largest
 *     label + 1 (10 for MNIST and Fashion-MNIST)
 * @param options the options every dataset plugin honours; default none
 */
public record IdxConfig(String trainImages, String trainLabels, String testImages, String testLabels, Integer classes,
    DatasetOptions options) {
  public IdxConfig {
    if (trainImages == null || trainImages.isBlank()) {
      throw new ConfigException("trainImages", "the path of an IDX image file (raw or gzip)", "nothing");
    }
    if (trainLabels == null || trainLabels.isBlank()) {
      throw new ConfigException("trainLabels", "the path of an IDX label file (raw or gzip)", "nothing");
    }
    if (testImages != null && testLabels == null) {
      throw new ConfigException("testLabels", "a path when testImages is given", "nothing");
    }
    if (testImages == null && testLabels != null) {
      throw new ConfigException("testImages", "a path when testLabels is given", "nothing");
    }
    if (classes != null) {
      ConfigException.requirePositive("classes", classes.intValue());
    }
    options = DatasetOptions.orDefaults(options);
  }

  /** True when the files include a held-out split. */
  public boolean hasTestFiles() {
    return testImages != null;
  }
}
