package org.hesstrucks.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.hesstrucks.result.AtomicFiles;

/**
 * Writes the report of a results folder: one HTML file with its styles, its script, ECharts and the chart
 * data inlined, so it opens offline and fetches nothing. Thread-safe; reuse one instance.
 *
 * <pre>{@code
 * Path html = new ReportWriter().write(Path.of("results/my-sweep"), Path.of("results/my-sweep/report.html"));
 * }</pre>
 */
public final class ReportWriter {
  private static final String TEMPLATE = "report.mustache";

  private final Mustache template;
  private final ReportPage.Assets assets;
  private final Clock clock;

  public ReportWriter() {
    this(Clock.systemUTC());
  }

  /** With the clock that stamps "generated at" (for reproducible pages in tests). */
  public ReportWriter(Clock clock) {
    this.template = new EscapingMustacheFactory().compile(TEMPLATE);
    this.assets = InlineAssets.load();
    this.clock = clock;
  }

  /**
   * Reads {@code resultsDir} ({@link ResultsFolder}) and writes its report to {@code outputHtml}, creating the
   * parent folders. The file is written next to its destination under a temporary name and moved into place,
   * so a reader never sees half a report.
   *
   * @return {@code outputHtml}
   * @throws IOException when the results folder does not exist (the message names it) or a file cannot be
   *     read or written
   */
  public Path write(Path resultsDir, Path outputHtml) throws IOException {
    return write(resultsDir, outputHtml, ReportOptions.NONE);
  }

  /**
   * As {@link #write(Path, Path)}, with extras: {@code options.jmhResults()} adds the Microbenchmarks section
   * (a JMH file that cannot be read is reported in that section, not thrown).
   */
  public Path write(Path resultsDir, Path outputHtml, ReportOptions options) throws IOException {
    return write(ResultsFolder.read(resultsDir), outputHtml, options);
  }

  /** Writes the report of already-read data; see {@link #write(Path, Path)}. */
  public Path write(ReportData data, Path outputHtml) throws IOException {
    return write(data, outputHtml, ReportOptions.NONE);
  }

  /** Writes the report of already-read data with extras; see {@link #write(Path, Path, ReportOptions)}. */
  public Path write(ReportData data, Path outputHtml, ReportOptions options) throws IOException {
    String html = render(data, options);
    AtomicFiles.write(outputHtml, html.getBytes(StandardCharsets.UTF_8));
    return outputHtml;
  }

  /** The page's HTML. */
  public String render(ReportData data) {
    return render(data, ReportOptions.NONE);
  }

  /** The page's HTML with extras. */
  public String render(ReportData data, ReportOptions options) {
    StringWriter out = new StringWriter(2 * 1024 * 1024);
    render(data, options, out);
    return out.toString();
  }

  /** Writes the page's HTML to {@code out}. */
  public void render(ReportData data, Writer out) {
    render(data, ReportOptions.NONE, out);
  }

  /** Writes the page's HTML with extras to {@code out}. */
  public void render(ReportData data, ReportOptions options, Writer out) {
    template.execute(out, ReportPage.of(data, assets, clock.instant(), options));
  }

  /** Templates from this package; {@code {{ }}} escapes with {@link HtmlText}. */
  private static final class EscapingMustacheFactory extends DefaultMustacheFactory {
    EscapingMustacheFactory() {
      super("org/hesstrucks/report");
    }

    @Override
    public void encode(String value, Writer writer) {
      HtmlText.escape(value, writer);
    }
  }
}
