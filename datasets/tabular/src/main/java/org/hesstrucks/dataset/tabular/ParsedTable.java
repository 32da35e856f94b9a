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
  /** The line of each row's label (the label's place is "line N" + {@link #labelWhere}). */
  private int[] labelLines = new int[256];
  /** Where on its line the label is: ", column 3 ('species')" or ", token 1". */
  String labelWhere = "";
  /**
   * One instance per distinct label text: a classification file of millions of rows has a handful of labels (a
   * regression file keeps one per distinct target, as it would anyway).
   */
  private final java.util.Map<String, String> distinct = new java.util.HashMap<>();
  /** Class names declared by the file (an sklearn header), or null. */
  List<String> classNames;

  ParsedTable(Path file) {
    this.file = file;
  }

  /** Appends one row's features (columns values from {@code row}) and its label, read on line {@code line}. */
  void add(double[] row, String label, int line) {
    int need = (rows + 1) * columns;
    if (need > features.length) {
      features = Arrays.copyOf(features, Math.max(need, features.length * 2));
    }
    System.arraycopy(row, 0, features, rows * columns, columns);
    addLabel(label, line);
    rows++;
  }

  /** Appends a label read on line {@code line} (the caller counts the row). */
  void addLabel(String label, int line) {
    int n = labels.size();
    if (n == labelLines.length) {
      labelLines = Arrays.copyOf(labelLines, 2 * n);
    }
    labelLines[n] = line;
    labels.add(distinct.computeIfAbsent(label, l -> l));
  }

  /** Where row {@code i}'s label is, for messages: "line 12, column 3 ('species')". */
  String labelPlace(int i) {
    return "line " + labelLines[i] + labelWhere;
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

  /** True when {@code text} is a decimal number ({@link #isNumber}) whose double is finite (1e309 is not). */
  static boolean isFiniteNumber(String text) {
    return isNumber(text) && Double.isFinite(Double.parseDouble(text));
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
