package org.hesstrucks.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How numbers read in the page's text and table. */
final class Format {
  /** Shown where a number is missing or not finite. */
  static final String MISSING = "\u2014";

  private Format() {}

  /** Four significant digits; plain between 0.001 and a million, else scientific ({@code 1.234e-07}). */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    if (value == 0) {
      return "0";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-3 && magnitude < 1e6) {
      return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
    return String.format(Locale.ROOT, "%.3e", value);
  }

  /** {@code 12.3 s}, {@code 4 min 05 s}, {@code 2 h 03 min}. */
  static String duration(double seconds) {
    if (!Double.isFinite(seconds)) {
      return MISSING;
    }
    if (seconds < 60) {
      return number(seconds) + " s";
    }
    long whole = Math.round(seconds);
    if (whole < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", whole / 3600, (whole % 3600) / 60);
  }
}
