package org.hesstrucks.harness.run;

import java.nio.file.Path;
import java.util.Map;
import org.hesstrucks.result.CellStatus;

/**
 * What a sweep run did.
 *
 * @param resultsDirectory where the cells are
 * @param ran cells run now, by status
 * @param skipped cells that already had a result
 * @param report the report written at the end, or null
 */
public record SweepOutcome(Path resultsDirectory, Map<CellStatus, Integer> ran, int skipped, int skippedErrors,
    Path report) {
  /**
   * Cells of this sweep that stand in {@code error}: run now and ended so, or skipped because an earlier run left
   * them so (a rerun must not exit 0 over them; {@code --retry-failed} runs them again).
   */
  public int errors() {
    return ran.getOrDefault(CellStatus.ERROR, 0) + skippedErrors;
  }
}
