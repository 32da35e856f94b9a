package org.hesstrucks.dataset.tabular;

import org.hesstrucks.core.ConfigException;
import org.hesstrucks.dataset.DatasetOptions;

/**
 * The {@code tabular} plugin's block of a sweep file. Paths are relative to the sweep file's folder unless
 * absolute. Every other component is optional: {@code null} (or an omitted field) takes the stated default.
 *
 * @param format {@code csv} (default) or {@code libsvm}
 * @param train the training file (or the only file, split by {@code options.testFraction}); required
 * @param test the held-out file, in the same format and layout; optional
 * @param header CSV only: {@code auto} (default: column names when a cell of the first line is not a number),
 *     {@code none}, {@code names} or {@code sklearn} (scikit-learn's bundled files: "samples, features, class
 *     names…", label last)
 * @param labelColumn CSV only: the label column's name in the header; exclusive with {@code labelIndex}
 * @param labelIndex CSV only: the label column's 0-based index, negative counting from the end; default −1 (the
 *     last column)
 * @param delimiter CSV only: the one character between cells, default {@code ","} (use {@code "\t"} for TSV).
 *     Cells are trimmed; quoted cells as in RFC 4180. Not a line end, a quote, or a character of numbers.
 * @param task {@code classification} (default: labels remapped to 0 … k − 1) or {@code regression} (one real
 *     target)
 * @param classes classification only: the number of classes, a positive integer. When given and every label is
 *     an integer, the labels are class indices kept as they are and must lie in [0, classes); otherwise at most
 *     this many distinct labels. Default: the number of distinct labels.
 * @param features LIBSVM only: the number of features, a positive integer; an index above it is refused.
 *     Default: the largest index in the files.
 * @param options the options every dataset plugin honours; default none
 */
public record TabularConfig(
    Format format,
    String train,
    String test,
    Header header,
    String labelColumn,
    Integer labelIndex,
    String delimiter,
    Task task,
    Integer classes,
    Integer features,
    DatasetOptions options) {

  public TabularConfig {
    format = format == null ? Format.CSV : format;
    if (train == null || train.isBlank()) {
      throw new ConfigException("train", "the path of a " + format + " file", "nothing");
    }
    if (format == Format.LIBSVM) {
      refuseForLibsvm("header", header);
      refuseForLibsvm("labelColumn", labelColumn);
      refuseForLibsvm("labelIndex", labelIndex);
      refuseForLibsvm("delimiter", delimiter);
    } else if (features != null) {
      throw new ConfigException("features", "no value for csv files (their width is their column count)", features);
    }
    header = header == null && format == Format.CSV ? Header.AUTO : header;
    if (labelColumn != null && labelIndex != null) {
      throw new ConfigException("labelColumn", "either labelColumn or labelIndex, not both",
          "'" + labelColumn + "' and " + labelIndex);
    }
    if (labelColumn != null && header == Header.NONE) {
      throw new ConfigException("labelColumn", "a header (header auto or names) to find the column by name",
          "header none");
    }
    if (header == Header.SKLEARN && (labelColumn != null || labelIndex != null)) {
      throw new ConfigException(labelColumn != null ? "labelColumn" : "labelIndex",
          "no value with header sklearn (its label is the last column)", labelColumn != null ? "'" + labelColumn + "'"
              : labelIndex);
    }
    labelIndex = labelIndex == null && labelColumn == null && format == Format.CSV && header != Header.SKLEARN
        ? Integer.valueOf(-1) : labelIndex;
    if (delimiter != null && delimiter.length() != 1) {
      throw new ConfigException("delimiter", "one character", "'" + delimiter + "'");
    }
    if (delimiter != null && (delimiter.charAt(0) == '\n' || delimiter.charAt(0) == '\r'
        || delimiter.charAt(0) == '"' || Character.isLetterOrDigit(delimiter.charAt(0))
        || delimiter.charAt(0) == '.' || delimiter.charAt(0) == '-' || delimiter.charAt(0) == '+')) {
      throw new ConfigException("delimiter", "a character that cannot be part of a number or end a line (',', ';', "
          + "'\\t', '|', ' ')", "'" + delimiter.replace("\n", "\\n").replace("\r", "\\r") + "'");
    }
    delimiter = delimiter == null && format == Format.CSV ? "," : delimiter;
    task = task == null ? Task.CLASSIFICATION : task;
    if (classes != null) {
      if (task == Task.REGRESSION) {
        throw new ConfigException("classes", "no value for task regression", classes);
      }
      ConfigException.requirePositive("classes", classes.intValue());
    }
    if (features != null) {
      ConfigException.requirePositive("features", features.intValue());
    }
    options = DatasetOptions.orDefaults(options);
  }

  private static void refuseForLibsvm(String field, Object value) {
    if (value != null) {
      throw new ConfigException(field, "no value for libsvm files",
          value instanceof String ? "'" + value + "'" : value);
    }
  }

  /** A CSV config with every optional field at its default. */
  public static TabularConfig csv(String train, String test) {
    return new TabularConfig(Format.CSV, train, test, null, null, null, null, null, null, null, null);
  }

  /** A LIBSVM config with every optional field at its default. */
  public static TabularConfig libsvm(String train, String test) {
    return new TabularConfig(Format.LIBSVM, train, test, null, null, null, null, null, null, null, null);
  }

  /** What determines how the bytes are read, as a canonical string for the identity (no paths, no options). */
  String layout() {
    return "format=" + format + ",header=" + header + ",labelColumn=" + labelColumn
        + ",labelIndex=" + labelIndex + ",delimiter=" + delimiter + ",task=" + task + ",classes=" + classes
        + ",features=" + features;
  }
}
