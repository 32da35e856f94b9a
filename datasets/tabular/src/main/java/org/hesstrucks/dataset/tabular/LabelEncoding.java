package org.hesstrucks.dataset.tabular;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hesstrucks.dataset.DataFormatException;

/**
 * Turns the label cells of the training and the held-out file into class indices (one mapping for both) or
 * real targets.
 *
 * <p>Classification: with an sklearn header's class names, the cells are indices into them. With a declared
 * class count and integer cells, the cells are the indices themselves and must lie in [0, classes). Otherwise
 * the distinct labels become 0 … k − 1, numeric ones first in numeric order (so "+1", "1" and "1.0" are one class,
 * also beside words), then words in string order, and {@link #classNames} records what each index stood for.
 */
final class LabelEncoding {
  final int classes;
  final List<String> classNames;
  final List<int[]> labels = new ArrayList<>();
  final List<double[]> targets = new ArrayList<>();

  private LabelEncoding(int classes, List<String> classNames) {
    this.classes = classes;
    this.classNames = classNames;
  }

  static LabelEncoding encode(List<ParsedTable> tables, TabularConfig config) throws DataFormatException {
    if (config.task() == Task.REGRESSION) {
      LabelEncoding encoding = new LabelEncoding(0, List.of());
      for (ParsedTable t : tables) {
        double[] y = new double[t.rows];
        for (int i = 0; i < t.rows; i++) {
          y[i] = Double.parseDouble(t.labels.get(i));
        }
        encoding.targets.add(y);
      }
      return encoding;
    }
    ParsedTable first = tables.get(0);
    if (first.classNames != null) {
      int k = first.classNames.size();
      if (config.classes() != null && config.classes() != k) {
        throw new DataFormatException(first.file, "line 1", config.classes() + " class names (classes = "
            + config.classes() + ")", k + " names");
      }
      return asIndices(tables, k, first.classNames, "(" + k + " class names in the sklearn header of "
          + first.file + ")");
    }
    boolean integers = true;
    for (ParsedTable t : tables) {
      for (String cell : t.labels) {
        double v = ParsedTable.parseOrNaN(cell);
        integers &= !Double.isNaN(v) && v == Math.rint(v) && Math.abs(v) < Integer.MAX_VALUE;
      }
    }
    if (config.classes() != null && integers) {
      int k = config.classes();
      return asIndices(tables, k, List.of(), "(classes = " + k + ")");
    }
    // Distinct labels in first-seen order (to name the one that exceeds a declared count), then sorted: numeric
    // labels by value (so "1", "+1" and "1.0" are one class even beside words), then words in string order.
    Map<String, Object> keyOf = new HashMap<>();
    Map<Double, String> textOf = new HashMap<>();
    Set<Object> seen = new LinkedHashSet<>();
    for (ParsedTable t : tables) {
      for (int i = 0; i < t.rows; i++) {
        String cell = t.labels.get(i);
        Object key = keyOf.get(cell);
        if (key == null) {
          key = ParsedTable.isNumber(cell) ? (Object) numericLabel(t, i, cell, textOf) : cell;
          keyOf.put(cell, key);
        }
        if (seen.add(key) && config.classes() != null && seen.size() > config.classes()) {
          throw new DataFormatException(t.file, t.labelPlace(i), "at most " + config.classes()
              + " distinct labels (classes = " + config.classes() + ")", "the " + ordinal(seen.size())
              + " distinct label, " + ParsedTable.quote(cell));
        }
      }
    }
    Map<Object, Integer> index = new TreeMap<>((a, b) -> a instanceof Double && b instanceof Double
        ? Double.compare((Double) a, (Double) b) : a instanceof Double ? -1 : b instanceof Double ? 1
        : ((String) a).compareTo((String) b));
    for (Object key : seen) {
      index.put(key, 0);
    }
    List<String> names = new ArrayList<>();
    int next = 0;
    for (Map.Entry<Object, Integer> e : index.entrySet()) {
      e.setValue(next++);
      names.add(e.getKey() instanceof Double ? render((Double) e.getKey()) : (String) e.getKey());
    }
    int k = config.classes() != null ? config.classes() : names.size();
    while (names.size() < k) {
      names.add("(unused " + names.size() + ")");
    }
    LabelEncoding encoding = new LabelEncoding(k, List.copyOf(names));
    for (ParsedTable t : tables) {
      int[] y = new int[t.rows];
      for (int i = 0; i < t.rows; i++) {
        String cell = t.labels.get(i);
        y[i] = index.get(keyOf.get(cell));
      }
      encoding.labels.add(y);
    }
    return encoding;
  }

  /**
   * A numeric label's class key: its double, with −0 as 0 ("+1", "1" and "1.0" are one class). Refused: a label
   * that overflows or underflows a double, and two labels that are different numbers with one double
   * (9007199254740993 and 9007199254740992), which would otherwise merge two classes without a word.
   */
  private static double numericLabel(ParsedTable t, int i, String cell, Map<Double, String> textOf)
      throws DataFormatException {
    double number = Double.parseDouble(cell) + 0.0;
    java.math.BigDecimal exact = null;
    try {
      exact = new java.math.BigDecimal(cell);
    } catch (NumberFormatException e) { // an exponent beyond an int: far outside a double's range either way
      number = Double.NaN;
    }
    if (!Double.isFinite(number) || number == 0 && exact.signum() != 0) {
      throw new DataFormatException(t.file, t.labelPlace(i), "a label within the range of a double",
          ParsedTable.quote(cell));
    }
    String first = textOf.putIfAbsent(number, cell);
    if (first != null && !first.equals(cell) && new java.math.BigDecimal(first).compareTo(exact) != 0) {
      throw new DataFormatException(t.file, t.labelPlace(i), "labels that stay distinct as doubles",
          ParsedTable.quote(cell) + " and " + ParsedTable.quote(first) + ", both " + number);
    }
    return number;
  }

  private static LabelEncoding asIndices(List<ParsedTable> tables, int k, List<String> names, String why)
      throws DataFormatException {
    LabelEncoding encoding = new LabelEncoding(k, names);
    for (ParsedTable t : tables) {
      int[] y = new int[t.rows];
      for (int i = 0; i < t.rows; i++) {
        String cell = t.labels.get(i);
        double v = ParsedTable.parseOrNaN(cell);
        if (!(v == Math.rint(v) && v >= 0 && v < k)) {
          throw new DataFormatException(t.file, t.labelPlace(i), "a label in [0, " + k + ") " + why,
              ParsedTable.quote(cell));
        }
        y[i] = (int) v;
      }
      encoding.labels.add(y);
    }
    return encoding;
  }

  /** A number as a person writes it: 1 for 1.0, -1 for -1.0, 0.5 for 0.5. */
  private static String render(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }
}
