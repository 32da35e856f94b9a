package org.hesstrucks.harness.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hesstrucks.result.Trace;

/** Collects checkpoint rows and per-iteration telemetry, then freezes them into a {@link Trace}. */
final class TraceRecorder {
  private final GrowableColumn iteration = new GrowableColumn();
  private final GrowableColumn epochs = new GrowableColumn();
  private final GrowableColumn gradientEquivalents = new GrowableColumn();
  private final GrowableColumn seconds = new GrowableColumn();
  private final GrowableColumn loss = new GrowableColumn();
  private final GrowableColumn gradientNorm = new GrowableColumn();
  private final Map<String, GrowableColumn> heldOut = new LinkedHashMap<>();
  private final Map<String, GrowableColumn> telemetry = new LinkedHashMap<>();
  private int checkpoints;
  private int iterations;
  private long lastCheckpointIteration = -1;

  void checkpoint(long atIteration, double epochsSoFar, double gradientEquivalentsSoFar, double secondsSoFar,
      double fullLoss, double fullGradientNorm, Map<String, Double> heldOutMetrics) {
    int row = checkpoints++;
    iteration.set(row, atIteration);
    epochs.set(row, epochsSoFar);
    gradientEquivalents.set(row, gradientEquivalentsSoFar);
    seconds.set(row, secondsSoFar);
    loss.set(row, fullLoss);
    gradientNorm.set(row, fullGradientNorm);
    heldOutMetrics.forEach((name, value) -> heldOut.computeIfAbsent(name, k -> new GrowableColumn()).set(row, value));
    lastCheckpointIteration = atIteration;
  }

  long lastCheckpointIteration() {
    return lastCheckpointIteration;
  }

  void telemetry(int atIteration, String name, double value) {
    telemetry.computeIfAbsent(name, k -> new GrowableColumn()).set(atIteration, value);
    iterations = Math.max(iterations, atIteration + 1);
  }

  void iterations(int count) {
    iterations = Math.max(iterations, count);
  }

  Trace freeze() {
    double[] iterationColumn = iteration.toArray(checkpoints);
    long[] iterationsAt = new long[checkpoints];
    for (int i = 0; i < checkpoints; i++) {
      iterationsAt[i] = (long) iterationColumn[i];
    }
    Map<String, double[]> heldOutColumns = new LinkedHashMap<>();
    heldOut.forEach((name, column) -> heldOutColumns.put(name, column.toArray(checkpoints)));
    Map<String, double[]> telemetryColumns = new LinkedHashMap<>();
    telemetry.forEach((name, column) -> telemetryColumns.put(name, column.toArray(iterations)));
    return new Trace(iterationsAt, epochs.toArray(checkpoints), gradientEquivalents.toArray(checkpoints),
        seconds.toArray(checkpoints), loss.toArray(checkpoints), gradientNorm.toArray(checkpoints), heldOutColumns,
        telemetryColumns);
  }
}
