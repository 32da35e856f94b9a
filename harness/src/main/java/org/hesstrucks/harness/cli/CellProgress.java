package org.hesstrucks.harness.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hesstrucks.harness.run.RunListener;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;

/**
 * How {@code run} shows progress: a line per cell (logs, pipes, CI), or a progress bar on a terminal with the
 * cells done, failed and running and the time left; a cell that fails still gets its own line above the bar.
 */
abstract class CellProgress implements RunListener, AutoCloseable {
  /** A line per cell on {@code out}. */
  static CellProgress lines(PrintWriter out) {
    return new CellProgress() {
      @Override
      public void skipped(int index, int total, Cell cell) {
        out.printf(Locale.ROOT, "[%d/%d] %s | %s | seed %d: already finished, skipped%n", index, total,
            cell.spec().optimizerLabel(), cell.spec().problemLabel(), cell.spec().seed());
      }

      @Override
      public void finished(int index, int total, Cell cell, CellResult result, double wallSeconds) {
        out.println(describe(index, total, cell, result, wallSeconds));
      }

      @Override
      public void close() {
        out.flush();
      }
    };
  }

  /** A progress bar on {@code terminal}, with failures printed above it. */
  static CellProgress bar(int total, PrintWriter terminal) {
    ProgressBar bar = new ProgressBarBuilder().setTaskName("cells").setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate().build();
    return new CellProgress() {
      private int failed;
      private int running;

      @Override
      public synchronized void started(int index, int totalCells, Cell cell) {
        running++;
        update();
      }

      @Override
      public synchronized void skipped(int index, int totalCells, Cell cell) {
        bar.step();
      }

      @Override
      public synchronized void finished(int index, int totalCells, Cell cell, CellResult result, double wallSeconds) {
        running--;
        if (result.status() == CellStatus.ERROR || result.status() == CellStatus.TIMEOUT) {
          failed++;
          terminal.println();
          terminal.println(describe(index, totalCells, cell, result, wallSeconds));
        }
        bar.step();
        update();
      }

      private void update() {
        bar.setExtraMessage(String.format(Locale.ROOT, " %d running, %d failed", running, failed));
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  static String describe(int index, int total, Cell cell, CellResult result, double wallSeconds) {
    String iterations = result.summary() == null ? "" : " after " + result.summary().iterations() + " iterations";
    return String.format(Locale.ROOT, "[%d/%d] %s | %s | seed %d: %s%s (%.2f s)%s", index, total,
        cell.spec().optimizerLabel(), cell.spec().problemLabel(), cell.spec().seed(), result.status().id(),
        iterations, wallSeconds, result.message().isEmpty() ? "" : ": " + result.message());
  }

  @Override
  public abstract void close();
}
