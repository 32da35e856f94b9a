package org.hesstrucks.dataset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.hesstrucks.core.ConfigException;

/**
 * What every dataset plugin does after reading its rows: the seeded train/test split, the training subsample
 * and the standardisation of {@link DatasetOptions}, and the identity string. Plugins call
 * {@link #assemble} so the options mean the same thing for every loader.
 */
public final class Datasets {
  /** Mixed into {@link DatasetOptions#splitSeed()} for the subsample, so it is independent of the split. */
  private static final long SUBSAMPLE_STREAM = 0x5DEECE66DL;

  private Datasets() {}

  /**
   * Applies {@code options} and returns the dataset.
   *
   * @param content identifies the content before options: a plugin id and a hash of the bytes or of the
   *     generator config, e.g. {@code "idx:sha256=…"}; the identity is {@code content + "|" + options.canonical()}
   * @param classes the number of classes, or 0 for regression
   * @param classNames the source's name of each class index, or empty
   * @param train all rows when {@code test} is null, else the training split
   * @param test the held-out split, or null to hold out {@link DatasetOptions#testFraction()} of {@code train}
   * @throws ConfigException when {@code subsample} exceeds the training rows, or the data is too small to split
   */
  public static InMemoryDataset assemble(String content, int classes, List<String> classNames, DataSplit train,
      DataSplit test, DatasetOptions options) {
    DatasetOptions opts = DatasetOptions.orDefaults(options);
    DataSplit training = train;
    DataSplit heldOut = test;
    if (heldOut == null) {
      if (train.rows() < 2) {
        throw new ConfigException("testFraction", "data of at least 2 rows to split", train.rows() + " row");
      }
      int testRows = (int) Math.max(1, Math.min(train.rows() - 1, Math.round(opts.testFraction() * train.rows())));
      boolean[] held = choose(train.rows(), testRows, new SplittableRandom(opts.splitSeed()));
      heldOut = rows(train, held, true);
      training = rows(train, held, false);
    }
    if (opts.subsample() != null && opts.subsample() != training.rows()) {
      if (opts.subsample() > training.rows()) {
        throw new ConfigException("subsample", "at most the " + training.rows() + " training rows", opts.subsample());
      }
      boolean[] keep = choose(training.rows(), opts.subsample(),
          new SplittableRandom(opts.splitSeed() ^ SUBSAMPLE_STREAM));
      training = rows(training, keep, true);
    }
    if (opts.standardize()) {
      double[] mean = new double[training.columns()];
      double[] scale = new double[training.columns()];
      columnStatistics(training, mean, scale);
      training = standardized(training, mean, scale);
      heldOut = standardized(heldOut, mean, scale);
    }
    return new InMemoryDataset(identity(content, opts), classes, classNames, training, heldOut);
  }

  /**
   * The identity {@link #assemble} gives: {@code content + "|" + options.canonical()} (defaults for null options),
   * for plugins that compute it without loading ({@link DatasetPlugin#identity}).
   */
  public static String identity(String content, DatasetOptions options) {
    return content + "|" + DatasetOptions.orDefaults(options).canonical();
  }

  /**
   * The mean and the standard deviation (population, two passes) of each column of {@code split}; a column
   * whose deviation is 0 gets scale 1, so standardising only centres it.
   *
   * @param meanOut the means; modified
   * @param scaleOut the deviations (1 where 0); modified
   */
  public static void columnStatistics(DataSplit split, double[] meanOut, double[] scaleOut) {
    int n = split.rows();
    int d = split.columns();
    double[] x = split.features();
    java.util.Arrays.fill(meanOut, 0, d, 0.0);
    java.util.Arrays.fill(scaleOut, 0, d, 0.0);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        meanOut[j] += x[i * d + j];
      }
    }
    for (int j = 0; j < d; j++) {
      meanOut[j] = n == 0 ? 0 : meanOut[j] / n;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double c = x[i * d + j] - meanOut[j];
        scaleOut[j] += c * c;
      }
    }
    for (int j = 0; j < d; j++) {
      double sd = n == 0 ? 0 : Math.sqrt(scaleOut[j] / n);
      scaleOut[j] = sd > 0 ? sd : 1;
    }
  }

  /** A copy of {@code split} with every feature (x − mean) / scale, column by column. */
  public static DataSplit standardized(DataSplit split, double[] mean, double[] scale) {
    int d = split.columns();
    double[] x = split.features();
    double[] out = new double[x.length];
    for (int i = 0; i < split.rows(); i++) {
      for (int j = 0; j < d; j++) {
        out[i * d + j] = (x[i * d + j] - mean[j]) / scale[j];
      }
    }
    return new DataSplit(split.rows(), d, out, split.labels(), split.targets(), split.targetColumns());
  }

  /** {@code count} of {@code n} indices, drawn without replacement by a partial Fisher–Yates shuffle. */
  static boolean[] choose(int n, int count, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    boolean[] chosen = new boolean[n];
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(n - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
      chosen[order[i]] = true;
    }
    return chosen;
  }

  /** The rows of {@code split} whose flag equals {@code which}, in their original order. */
  static DataSplit rows(DataSplit split, boolean[] flags, boolean which) {
    int count = 0;
    for (boolean f : flags) {
      if (f == which) {
        count++;
      }
    }
    int d = split.columns();
    int t = split.targetColumns();
    double[] x = new double[count * d];
    int[] labels = split.labels() == null ? null : new int[count];
    double[] targets = split.targets() == null ? null : new double[count * t];
    int k = 0;
    for (int i = 0; i < split.rows(); i++) {
      if (flags[i] != which) {
        continue;
      }
      System.arraycopy(split.features(), i * d, x, k * d, d);
      if (labels != null) {
        labels[k] = split.labels()[i];
      } else {
        System.arraycopy(split.targets(), i * t, targets, k * t, t);
      }
      k++;
    }
    return new DataSplit(count, d, x, labels, targets, t);
  }

  /** A new SHA-256 digest (every JVM has one). */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }

  /** The lower-case hex SHA-256 of a string's UTF-8 bytes. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Refuses a path that cannot be read whole as a data file, before reading it: missing (a
   * {@link java.nio.file.NoSuchFileException} naming the field), a directory, not a regular file (a named pipe
   * would block the loader for ever, a device such as /dev/zero would fill the heap), or larger than one Java
   * array.
   *
   * @param field the config field that named it ("train", "trainImages")
   */
  public static void checkReadableFile(Path file, String field) throws java.io.IOException {
    if (!java.nio.file.Files.exists(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString(), null, field + ": no such file");
    }
    if (java.nio.file.Files.isDirectory(file)) {
      throw new DataFormatException(file, field, "a file", "a directory");
    }
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new DataFormatException(file, field, "a regular file", "a named pipe, socket or device");
    }
    long size = java.nio.file.Files.size(file);
    if (size > MAX_DENSE_VALUES) {
      throw new DataFormatException(file, field, "at most " + MAX_DENSE_VALUES + " bytes (one Java array)",
          size + " bytes");
    }
  }

  /** The most values a dense feature matrix may hold: the largest Java array. */
  public static final long MAX_DENSE_VALUES = Integer.MAX_VALUE - 8;

  /**
   * Refuses a dense feature matrix of {@code rows} × {@code columns} doubles that cannot be allocated: more values
   * than one Java array holds, or more bytes than half of this JVM's maximum heap (the loader, the harness and the
   * model need the rest), so that a hostile or oversized file gets a message instead of an {@code OutOfMemoryError}
   * that ends the run.
   *
   * @param where the place in {@code file} to name (e.g. "byte 4" for a header that declares the size)
   * @throws DataFormatException naming the file, the place and both sizes
   */
  public static void checkDenseSize(Path file, String where, long rows, long columns) throws DataFormatException {
    checkDenseSize(file, where, rows, columns, Runtime.getRuntime().maxMemory());
  }

  static void checkDenseSize(Path file, String where, long rows, long columns, long maxHeap)
      throws DataFormatException {
    if (rows > 0 && columns > MAX_DENSE_VALUES / rows) {
      throw new DataFormatException(file, where, "at most " + MAX_DENSE_VALUES + " dense values (rows × features, "
          + "one Java array)", rows + " × " + columns);
    }
    long bytes = 8 * rows * columns;
    if (bytes > maxHeap / 2) {
      throw new DataFormatException(file, where, "a dense matrix within half the JVM's heap of " + mebibytes(maxHeap)
          + " MiB (raise it with -Xmx, e.g. in HESSTRUCKS_JAVA_OPTS)", rows + " × " + columns + " doubles = "
          + mebibytes(bytes) + " MiB");
    }
  }

  private static long mebibytes(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }

  /** The lower-case hex of a finished digest. */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }
}
