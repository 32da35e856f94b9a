package org.hesstrucks.dataset.tabular;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one file as read, before labels are encoded: dense features, the label cell of each row as
 * written, and where each label was (for messages).
 */
final class ParsedTable {

  final Path file;
  int columns;
  int rows;
  double[] features = new double[256];
  final List<String> labels = new ArrayList<>();
  final List<String> labelPlaces = new ArrayList<>();
  /** Class names declared by the file (an sklearn header), or null. */
  List<String> classNames;

  ParsedTable(Path file) {
    this.file = file;
  }

  /** Appends one row's features (columns values from {@code row}) and its label. */
  void add(double[] row, String label, String labelPlace) {
    int need = (rows + 1) * columns;
    if (need > features.length) {
      features = Arrays.copyOf(features, Math.max(need, features.length * 2));
    }
    System.arraycopy(row, 0, features, rows * columns, columns);
    labels.add(label);
    labelPlaces.add(labelPlace);
    rows++;
  }

  /** The features, exactly rows × columns of them. */
  double[] featureArray() {
    return Arrays.copyOf(features, rows * columns);
  }

  /**
   * True when {@code text} is a decimal number as people write it in data files,
   * {@code [+-]?(digits[.digits?]|.digits)([eE][+-]?digits)?}: no hex, no type suffix, no NaN or infinity
   * (all of which {@link Double#parseDouble} would accept).
   */
  static boolean isNumber(String text) {
    int n = text.length();
    int i = 0;
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int intDigits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      intDigits++;
    }
    int fracDigits = 0;
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        fracDigits++;
      }
    }
    if (intDigits + fracDigits == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int expDigits = 0;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        expDigits++;
      }
      if (expDigits == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code text} as a number, or NaN when it is not a decimal number. */
  static double parseOrNaN(String text) {
    return isNumber(text) ? Double.parseDouble(text) : Double.NaN;
  }

  /** {@code text} quoted for a message, shortened to 40 characters. */
  static String quote(String text) {
    return "'" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "'";
  }
}
