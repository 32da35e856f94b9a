package org.hesstrucks.dataset.idx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.hesstrucks.dataset.DataFormatException;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.dataset.DatasetContext;
import org.hesstrucks.dataset.DatasetPlugin;
import org.hesstrucks.dataset.Datasets;

/**
 * The {@code idx} dataset plugin: MNIST and Fashion-MNIST in their IDX files (see {@link IdxConfig}), pixels
 * scaled to [0, 1] by / 255, each image one row of rows × columns features. The identity is
 * {@code idx:sha256=<hash of the files' (decompressed) hashes and the class count>|<options>}, so it changes
 * with any byte of the data but not with the compression.
 */
public final class IdxPlugin implements DatasetPlugin<IdxConfig> {
  /** The plugin's id in sweep files. */
  public static final String ID = "idx";

  private static final String IMAGES = "images × rows × columns";
  private static final String LABELS = "labels";

  /** For {@link java.util.ServiceLoader}. */
  public IdxPlugin() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<IdxConfig> configType() {
    return IdxConfig.class;
  }

  @Override
  public String description() {
    return "MNIST/Fashion-MNIST IDX files (raw or gzip), pixels scaled to [0, 1]";
  }

  @Override
  public Dataset load(IdxConfig config, DatasetContext context) throws IOException {
    Objects.requireNonNull(config, "config");
    Path base = context == null || context.baseDirectory() == null ? Path.of("") : context.baseDirectory();
    IdxFile trainImages = IdxFile.read(base.resolve(config.trainImages()), "trainImages", 3, IMAGES);
    IdxFile trainLabels = IdxFile.read(base.resolve(config.trainLabels()), "trainLabels", 1, LABELS);
    IdxFile testImages = null;
    IdxFile testLabels = null;
    if (config.hasTestFiles()) {
      testImages = IdxFile.read(base.resolve(config.testImages()), "testImages", 3, IMAGES);
      testLabels = IdxFile.read(base.resolve(config.testLabels()), "testLabels", 1, LABELS);
      if (testImages.dimensions[1] != trainImages.dimensions[1]
          || testImages.dimensions[2] != trainImages.dimensions[2]) {
        throw new DataFormatException(testImages.file, testImages.at(8), "images of " + trainImages.dimensions[1]
            + " × " + trainImages.dimensions[2] + " pixels, like " + trainImages.file,
            testImages.dimensions[1] + " × " + testImages.dimensions[2]);
      }
    }
    int classes = config.classes() != null ? config.classes()
        : Math.max(maxLabel(trainLabels), testLabels == null ? 0 : maxLabel(testLabels)) + 1;
    DataSplit train = split(trainImages, trainLabels, classes);
    DataSplit test = testImages == null ? null : split(testImages, testLabels, classes);
    StringBuilder content = new StringBuilder();
    content.append("trainImages=").append(trainImages.sha256).append('\n');
    content.append("trainLabels=").append(trainLabels.sha256).append('\n');
    if (testImages != null) {
      content.append("testImages=").append(testImages.sha256).append('\n');
      content.append("testLabels=").append(testLabels.sha256).append('\n');
    }
    content.append("classes=").append(classes);
    return Datasets.assemble(ID + ":sha256=" + Datasets.sha256Hex(content.toString()), classes, List.of(), train, test,
        config.options());
  }

  private static int maxLabel(IdxFile labels) {
    int max = 0;
    for (int i = labels.headerLength; i < labels.data.length; i++) {
      max = Math.max(max, labels.data[i] & 0xFF);
    }
    return max;
  }

  private static DataSplit split(IdxFile images, IdxFile labels, int classes)
      throws DataFormatException {
    int rows = images.dimensions[0];
    if (labels.dimensions[0] != rows) {
      throw new DataFormatException(labels.file, labels.at(4), "as many labels as " + images.file + " has images ("
          + rows + ")", labels.dimensions[0] + " labels");
    }
    int columns = images.dimensions[1] * images.dimensions[2];
    Datasets.checkDenseSize(images.file, images.at(4), rows, columns);
    double[] x = new double[rows * columns];
    byte[] pixels = images.data;
    int offset = images.headerLength;
    for (int i = 0; i < x.length; i++) {
      x[i] = (pixels[offset + i] & 0xFF) / 255.0;
    }
    int[] y = new int[rows];
    for (int i = 0; i < rows; i++) {
      int label = labels.data[labels.headerLength + i] & 0xFF;
      if (label >= classes) {
        throw new DataFormatException(labels.file, labels.at(labels.headerLength + i), "a label in [0, " + classes
            + ") (classes = " + classes + ")",
            Integer.toString(label));
      }
      y[i] = label;
    }
    return new DataSplit(rows, columns, x, y, null, 0);
  }
}
