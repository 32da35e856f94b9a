package org.hesstrucks.harness.run;

import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.result.CellResult;

/**
 * Runs one cell to a result on disk. The local implementations run it in this JVM or in a fresh worker JVM;
 * a cluster executor (the Spark issue) implements the same interface. Implementations never throw for a
 * cell's own failure: they return (and store) an {@code error} or {@code timeout} result instead.
 */
public interface CellExecutor {
  /** Runs {@code cell}, writes its result to {@code store}, and returns it. */
  CellResult execute(Cell cell, SweepContext sweep, ResultStore store) throws java.io.IOException;
}
