package org.hesstrucks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.hesstrucks.result.ResultJson;

/**
 * JSON that is safe inside {@code <script type="application/json">}: {@code < > &} and every non-ASCII
 * character ({@code U+2028} and {@code U+2029} included) are written as {@code \}{@code uXXXX}, so no string
 * can close the script element, open a comment, or end a JavaScript line. The parsed value is unchanged.
 * Numbers follow {@link ResultJson}: non-finite ones become {@code null}.
 */
final class HtmlSafeJson {
  private static final ObjectWriter WRITER = ResultJson.mapper().writer()
      .with(new ScriptSafeEscapes())
      .with(JsonWriteFeature.ESCAPE_NON_ASCII);

  private HtmlSafeJson() {}

  static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the chart data: " + e.getOriginalMessage(), e);
    }
  }

  /** JSON's own escapes, plus {@code < > &} as {@code \}{@code u003C} and so on. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] asciiEscapes;

    ScriptSafeEscapes() {
      asciiEscapes = standardAsciiEscapesForJSON();
      asciiEscapes['<'] = ESCAPE_STANDARD;
      asciiEscapes['>'] = ESCAPE_STANDARD;
      asciiEscapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return asciiEscapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null; // non-ASCII is handled by ESCAPE_NON_ASCII
    }
  }
}
