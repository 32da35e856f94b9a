package org.hesstrucks.report;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * Orders labels the way a reader expects: runs of digits (with one decimal point) compare as numbers, so
 * {@code depth=2} comes before {@code depth=10} and {@code shrink=0.25} before {@code shrink=0.5}.
 */
final class NaturalOrder implements Comparator<String> {
  static final NaturalOrder INSTANCE = new NaturalOrder();

  private NaturalOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (isDigit(ca) && isDigit(cb)) {
        int endA = numberEnd(a, i);
        int endB = numberEnd(b, j);
        int byValue = new BigDecimal(a.substring(i, endA)).compareTo(new BigDecimal(b.substring(j, endB)));
        if (byValue != 0) {
          return byValue;
        }
        i = endA;
        j = endB;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int byLength = Integer.compare(a.length() - i, b.length() - j);
    return byLength != 0 ? byLength : a.compareTo(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The end of the number starting at {@code start}: digits, optionally a point and more digits. */
  private static int numberEnd(String s, int start) {
    int end = start;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    if (end + 1 < s.length() && s.charAt(end) == '.' && isDigit(s.charAt(end + 1))) {
      end++;
      while (end < s.length() && isDigit(s.charAt(end))) {
        end++;
      }
    }
    return end;
  }
}
