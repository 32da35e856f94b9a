package org.hesstrucks.core;

/**
 * A configuration value that cannot be used: names the field, what was expected and what was found.
 *
 * <p>Plugins throw it from their config records' compact constructors (cross-field checks, ranges); the
 * harness catches it while binding a sweep file and prefixes the file and the JSON path, so the user reads
 * {@code sweep.json: $.optimizers[1].lineSearch.shrink: expected a number in (0, 1), got 1.5}.
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String expected;
  private final String actual;

  /**
   * @param field the config field at fault, as it is spelled in the sweep file
   * @param expected what a valid value looks like, e.g. "a number in (0, 1)"
   * @param actual the value found, rendered for a person
   */
  public ConfigException(String field, String expected, Object actual) {
    super(field + ": expected " + expected + ", got " + render(actual));
    this.field = field;
    this.expected = expected;
    this.actual = render(actual);
  }

  /** A value as a person wrote it: a whole double without ".0" (0, -1, 2), anything else as Java prints it. */
  /** Values rendered longer than this are cut in the middle: a 3 MB list must not become a 3 MB message. */
  static final int MAX_RENDERED = 300;

  private static String render(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    String text = String.valueOf(value);
    return text.length() <= MAX_RENDERED ? text : text.substring(0, MAX_RENDERED / 2) + " … ("
        + (text.length() - MAX_RENDERED) + " characters left out) … " + text.substring(text.length() - MAX_RENDERED / 2);
  }

  public String field() {
    return field;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }

  /** Checks {@code value > 0} (and finite); returns it. */
  public static double requirePositive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new ConfigException(field, "a positive finite number", value);
    }
    return value;
  }

  /** Checks {@code value > 0}; returns it. */
  public static int requirePositive(String field, int value) {
    if (value <= 0) {
      throw new ConfigException(field, "a positive integer", value);
    }
    return value;
  }

  /** Checks {@code lower < value < upper}; returns it. */
  public static double requireOpenInterval(String field, double value, double lower, double upper) {
    if (!(value > lower && value < upper)) {
      throw new ConfigException(field, "a number in (" + render(lower) + ", " + render(upper) + ")", value);
    }
    return value;
  }
}
