package org.hesstrucks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.ResultJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  private static final String HOSTILE_SWEEP = "sweep</script><!-- \"x\" \u2028";

  /** HOSTILE_LABEL as HTML text: {@code & < > " '} as entities, U+2028 as a numeric reference. */
  private static final String HOSTILE_LABEL_IN_HTML = "evil&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;"
      + "&lt;!-- &quot;q&quot; &#39;a&#39; &#x2028; &lt;img src=x onerror=window.__pwned=2&gt;";

  /** HOSTILE_LABEL inside the chart JSON: {@code < > &} and U+2028 as backslash-u escapes. */
  private static final String HOSTILE_LABEL_IN_JSON = "evil\\u003C/script\\u003E\\u003Cscript\\u003Ewindow.__pwned=1"
      + "\\u003C/script\\u003E\\u003C!-- \\\"q\\\" 'a' \\u2028 \\u003Cimg src=x onerror=window.__pwned=2\\u003E";

  private static ReportWriter writer;

  @TempDir
  Path dir;

  @BeforeAll
  static void createWriter() {
    writer = new ReportWriter(Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC));
  }

  private String html(Path results) throws IOException {
    Path out = writer.write(results, dir.resolve("out/report.html"));
    return Files.readString(out);
  }

  /** The text of the page's JSON data block. */
  private static String dataBlock(String html) {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL)
        .matcher(html);
    assertTrue(m.find(), "no data block");
    return m.group(1);
  }

  @Test
  @DisplayName("a hostile optimizer label and sweep name appear only escaped, in the HTML and in the chart JSON")
  void hostileStringsAreEscaped() throws IOException {
    List<CellResult> cells = List.of(
        TestCells.cell(HOSTILE_SWEEP, "c1", TestCells.spec(TestCells.HOSTILE_LABEL, "q", 0, 1), CellStatus.FAILED,
            "line search failed </pre><b>", TestCells.summary(3, 1, 1, 0.1), TestCells.simple("x", "q", 1).trace()));
    String html = html(TestCells.writeResults(dir.resolve("results"), "{\"name\": \"</script>\"}", cells));

    assertFalse(html.contains(TestCells.HOSTILE_LABEL), "raw hostile label in the page");
    assertFalse(html.contains("\u2028"), "raw U+2028 in the page");
    assertFalse(html.contains("<!--"), "a comment opener in the page");
    assertEquals(3, count(html, "<script"), "script elements");
    assertEquals(3, count(html, "</script>"), "script end tags");
    assertFalse(withoutEcharts(html).contains("<img"), "an img element got in");

    assertTrue(html.contains(HOSTILE_LABEL_IN_HTML), "label as HTML text");
    assertTrue(html.contains("<h1 id=\"sweep-name\">sweep&lt;/script&gt;&lt;!-- &quot;x&quot; &#x2028;</h1>"),
        "sweep name as HTML text");
    assertTrue(html.contains("<title>sweep&lt;/script&gt;&lt;!-- &quot;x&quot; &#x2028; | Hess-Trucks report</title>"));
    assertTrue(html.contains("<pre id=\"sweep-file\">{&quot;name&quot;: &quot;&lt;/script&gt;&quot;}</pre>"),
        "sweep file as HTML text");
    assertTrue(html.contains("line search failed &lt;/pre&gt;&lt;b&gt;"), "message as HTML text");

    String json = dataBlock(html);
    assertTrue(json.contains(HOSTILE_LABEL_IN_JSON), "label as JSON: " + json.substring(0, 200));
    JsonNode parsed = ResultJson.mapper().readTree(json);
    assertEquals(TestCells.HOSTILE_LABEL, parsed.at("/optimizers/0/label").asText(), "the JSON decodes to the label");
  }

  @Test
  @DisplayName("the page is plain ASCII: every non-ASCII character from a label is a numeric reference")
  void pageIsAscii() throws IOException {
    String html = new ReportWriter().render(new ReportData(Path.of("r"), "sweep \u00e9\u2016\uD83D\uDE80", null,
        List.of(TestCells.simple("adam \u03b2=0.9", "q", 1)), List.of()));
    assertTrue(html.contains("sweep &#xE9;&#x2016;&#x1F680;"), "sweep name");
    assertTrue(html.contains("adam &#x3B2;=0.9"), "label in HTML");
    assertTrue(html.contains("adam \\u03B2=0.9"), "label in JSON");
    // ECharts' own file has two non-ASCII characters; everything the report writes itself is ASCII.
    assertTrue(withoutEcharts(html).chars().allMatch(c -> c < 0x80), "non-ASCII outside ECharts");
  }

  @Test
  @DisplayName("an unparseable cell file is listed under Problems with its name and position")
  void unparseableCellListed() throws IOException {
    Path results = TestCells.writeResults(dir.resolve("results"), null, List.of(TestCells.simple("gd", "q", 1)));
    Files.writeString(results.resolve("cells/broken.json"), "{\n  \"sweep\": oops\n}");

    String html = html(results);

    assertTrue(html.contains("<code class=\"file-name\">broken.json</code>: <span class=\"error\">line 2, column "),
        html.substring(html.indexOf("id=\"problems\"")));
    assertTrue(html.contains("Unrecognized token &#39;oops&#39;"));
    assertTrue(html.contains("<td class=\"label\" data-sort=\"gd\">"), "the readable cell is still in the table");
  }

  @Test
  @DisplayName("cells that ended with error or failed are listed under Problems with their messages")
  void troubledCellsListed() throws IOException {
    CellResult error = TestCells.cell("s", "e1", TestCells.spec("newton-cg", "q", 0, 7), CellStatus.ERROR,
        "plugin threw: NullPointerException", null, null);
    String html = html(TestCells.writeResults(dir.resolve("results"), null,
        List.of(TestCells.simple("gd", "q", 1), error)));

    String problems = html.substring(html.indexOf("<section id=\"problems\">"));
    assertTrue(problems.contains("<strong>newton-cg</strong> on q, seed 7"), problems);
    assertTrue(problems.contains("<pre class=\"message\">plugin threw: NullPointerException</pre>"), problems);
    assertFalse(problems.contains("<strong>gd</strong>"));
  }

  @Test
  @DisplayName("an empty results folder gives a page that says there are no cells")
  void emptyFolder() throws IOException {
    Path results = Files.createDirectories(dir.resolve("empty/cells"));

    String html = html(results.getParent());

    assertTrue(html.contains("<p class=\"empty\" id=\"no-cells\">There are no cells in this results folder"), html);
    assertFalse(html.contains("class=\"chart\""), "no chart containers");
    assertTrue(html.contains("No cells to summarise."));
  }

  @Test
  @DisplayName("a results folder that does not exist gives an IOException naming the path")
  void missingFolder() {
    Path missing = dir.resolve("nowhere");
    IOException e = assertThrows(IOException.class, () -> writer.write(missing, dir.resolve("report.html")));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertFalse(Files.exists(dir.resolve("report.html")));
  }

  @Test
  @DisplayName("write creates parent folders, replaces an old report and leaves no temporary file")
  void writesAtomically() throws IOException {
    Path results = TestCells.writeResults(dir.resolve("results"), null, List.of(TestCells.simple("gd", "q", 1)));
    Path out = dir.resolve("a/b/report.html");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "old");

    Path written = writer.write(results, out);

    assertEquals(out, written);
    assertTrue(Files.readString(out).startsWith("<!DOCTYPE html>"));
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertEquals(List.of(out), files.toList());
    }
  }

  @Test
  @DisplayName("the page fetches nothing: no src or href to another document, ECharts inlined, CSP default-src none")
  void selfContained() throws IOException {
    String html = html(TestCells.writeResults(dir.resolve("results"), null, List.of(TestCells.simple("gd", "q", 1))));

    String ownMarkup = withoutEcharts(html);
    assertFalse(Pattern.compile("<(script|link|img|iframe)[^>]*(src|href)=", Pattern.CASE_INSENSITIVE)
        .matcher(ownMarkup).find(), "an element that loads something");
    assertFalse(Pattern.compile("href=\"(?!#)").matcher(ownMarkup).find(), "a link away from the page");
    assertTrue(html.contains(InlineAssets.resource(InlineAssets.ECHARTS)), "ECharts inlined whole");
    assertTrue(html.contains("content=\"default-src &#39;none&#39;;"), "CSP");
    assertTrue(html.contains(InlineAssets.cspHash(InlineAssets.resource(InlineAssets.SCRIPT)).replace("'", "&#39;")),
        "the page script's hash is allowed");
  }

  /** The page without ECharts' code (whose strings hold markup of its own, such as its save-as-image page). */
  private static String withoutEcharts(String html) {
    String echarts = InlineAssets.resource(InlineAssets.ECHARTS);
    assertTrue(html.contains(echarts));
    return html.replace(echarts, "");
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }
}
