package org.hesstrucks.report;

import java.util.List;
import java.util.Map;

/**
 * Reads a probe record's values as the report needs them. A result file read back gives numbers as
 * {@link Number}, arrays as {@link List} and non-finite numbers as null; a record built in memory may hold
 * {@code double[]}. A value of the wrong type is {@link Malformed}, so the caller can name the cell.
 */
final class ProbeValues {
  private ProbeValues() {}

  /** A value that is present but not of the expected type; the message says what it was. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  /** True when the key is present with a non-null value. */
  static boolean has(Map<String, Object> values, String key) {
    return values.get(key) != null;
  }

  /** The number under {@code key}: NaN when absent or null (a non-finite number in the file). */
  static double number(Map<String, Object> values, String key) throws Malformed {
    Object value = values.get(key);
    if (value == null) {
      return Double.NaN;
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    throw new Malformed("'" + key + "' is not a number (got " + describe(value) + ")");
  }

  /** The numbers under {@code key}; null when absent; a null entry is NaN. */
  static double[] numbers(Map<String, Object> values, String key) throws Malformed {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof double[] array) {
      return array.clone();
    }
    if (value instanceof int[] array) {
      double[] out = new double[array.length];
      for (int i = 0; i < array.length; i++) {
        out[i] = array[i];
      }
      return out;
    }
    if (value instanceof List<?> list) {
      double[] out = new double[list.size()];
      for (int i = 0; i < out.length; i++) {
        Object entry = list.get(i);
        if (entry == null) {
          out[i] = Double.NaN;
        } else if (entry instanceof Number number) {
          out[i] = number.doubleValue();
        } else {
          throw new Malformed("'" + key + "' is not a list of numbers (entry " + i + " is " + describe(entry) + ")");
        }
      }
      return out;
    }
    throw new Malformed("'" + key + "' is not a list of numbers (got " + describe(value) + ")");
  }

  /** The text under {@code key}, or {@code fallback} when absent or not text. */
  static String text(Map<String, Object> values, String key, String fallback) {
    Object value = values.get(key);
    return value instanceof String text ? text : fallback;
  }

  /** True when the value under {@code key} is the boolean true. */
  static boolean flag(Map<String, Object> values, String key) {
    return Boolean.TRUE.equals(values.get(key));
  }

  private static final int QUOTED = 40;

  private static String describe(Object value) {
    if (value instanceof String text) {
      return "the text \"" + (text.length() > QUOTED ? text.substring(0, QUOTED) + "\u2026" : text) + "\"";
    }
    if (value instanceof Boolean) {
      return "the boolean " + value;
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    return "a " + value.getClass().getSimpleName();
  }
}
