package org.hesstrucks.report;

import java.nio.file.Path;

/**
 * What a report shows beyond the results folder.
 *
 * @param jmhResults a JMH JSON result file ({@code -rf json}) for the Microbenchmarks section, or null
 */
public record ReportOptions(Path jmhResults) {
  /** No extras. */
  public static final ReportOptions NONE = new ReportOptions(null);
}
