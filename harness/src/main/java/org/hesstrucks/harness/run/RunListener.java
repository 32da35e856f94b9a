package org.hesstrucks.harness.run;

import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.result.CellResult;

/** Hears about a sweep's progress (the CLI prints it). All methods default to doing nothing. */
public interface RunListener {
  /** Cell {@code index} (from 1) of {@code total} is about to run. */
  default void started(int index, int total, Cell cell) {}

  /** Cell {@code index} already has a result and is skipped. */
  default void skipped(int index, int total, Cell cell) {}

  /** Cell {@code index} ended with {@code result}, now on disk. */
  default void finished(int index, int total, Cell cell, CellResult result, double wallSeconds) {}
}
