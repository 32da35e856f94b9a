package org.hesstrucks.result;

import java.util.List;

/**
 * One cell's result file.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when written
 * @param sweep the sweep's name
 * @param cellId the cell's key: a hash of its spec and plugin versions
 * @param spec what the cell ran
 * @param status how it ended
 * @param message why, for every status but {@code budget}; empty otherwise
 * @param summary the end in numbers (null when the cell could not start)
 * @param trace the course (null when the cell could not start)
 * @param probes probe measurements at checkpoints
 * @param provenance where and with what it ran
 * @param tuning for a tuned optimizer's cells: what was tried and what was chosen; null otherwise
 */
public record CellResult(
    int schemaVersion,
    String sweep,
    String cellId,
    CellSpec spec,
    CellStatus status,
    String message,
    Summary summary,
    Trace trace,
    List<ProbeRecord> probes,
    Provenance provenance,
    TuningRecord tuning) {
  /** A cell outside any tuning. */
  public CellResult(int schemaVersion, String sweep, String cellId, CellSpec spec, CellStatus status, String message,
      Summary summary, Trace trace, List<ProbeRecord> probes, Provenance provenance) {
    this(schemaVersion, sweep, cellId, spec, status, message, summary, trace, probes, provenance, null);
  }

  /** The schema version this code writes and reads. */
  public static final int SCHEMA_VERSION = 1;
}
