package org.hesstrucks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Escapes text for HTML element content and quoted attribute values. Besides {@code & < > " '} it writes
 * every character outside printable ASCII as a numeric reference ({@code U+2028} as {@code &#x2028;}), so the
 * page is plain ASCII whatever a plugin or a sweep file put in a label, and no charset guess can change it.
 */
final class HtmlText {
  private HtmlText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendEscaped(text, out);
    return out.toString();
  }

  static void escape(String text, Writer writer) {
    try {
      writer.write(escape(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void appendEscaped(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\t', '\r' -> out.append((char) c);
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            out.append((char) c);
          } else {
            out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
          }
        }
      }
    }
  }
}
