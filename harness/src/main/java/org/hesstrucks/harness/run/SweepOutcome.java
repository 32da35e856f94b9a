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
public record SweepOutcome(Path resultsDirectory, Map<CellStatus, Integer> ran, int skipped, Path report) {
  /** Cells run now that ended in {@code error}. */
  public int errors() {
    return ran.getOrDefault(CellStatus.ERROR, 0);
  }
}
