package org.hesstrucks.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * The files inlined into every page: ECharts from its webjar, and the page's own style and script. Each is
 * checked for text that would end its element early, and scripts get the hash the page's Content Security
 * Policy allows them by (so no other inline script runs, even if one got in).
 */
final class InlineAssets {
  /** ECharts' minified build inside the {@code org.webjars.npm:echarts} jar. */
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  static final String CSS = "org/hesstrucks/report/report.css";
  static final String SCRIPT = "org/hesstrucks/report/report.js";

  private InlineAssets() {}

  static ReportPage.Assets load() {
    return new ReportPage.Assets(
        checked(CSS, resource(CSS), "</style"),
        checked(ECHARTS, resource(ECHARTS), "</script"),
        checked(SCRIPT, resource(SCRIPT), "</script"));
  }

  static String resource(String name) {
    try (InputStream in = InlineAssets.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path"
            + (name.equals(ECHARTS) ? " (the org.webjars.npm:echarts 5.3.1 jar is missing)" : ""));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** Refuses text that would end the element it is inlined into, or open an HTML comment in it. */
  private static String checked(String name, String text, String closingTag) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains(closingTag) || lower.contains("<!--")) {
      throw new IllegalStateException(name + " contains " + closingTag + " or <!-- and cannot be inlined");
    }
    return text;
  }

  /** The CSP source that allows exactly this inline script: {@code 'sha256-<base64>'}. */
  static String cspHash(String script) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
