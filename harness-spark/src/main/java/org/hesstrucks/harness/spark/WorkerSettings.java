package org.hesstrucks.harness.spark;

import java.io.Serializable;
import java.util.List;

/**
 * How a Spark task starts its cell's worker JVM; travels to the executors with the task.
 *
 * @param heap the worker JVM's heap limit, e.g. "2g"
 * @param timeLimitSeconds a worker still running after this long is killed and its cell recorded as timeout
 * @param classPath class path entries valid on the executors, put before the jars Spark shipped to the task
 *     (empty when {@code --jars} carries everything, the usual case)
 * @param pluginFolders {@code --plugins} folders valid on the executors (empty when the plugin jars travel with
 *     {@code --jars})
 * @param failFirstAttempt tests only: the first attempt of every task starts a worker that exits non-zero
 */
public record WorkerSettings(String heap, double timeLimitSeconds, List<String> classPath,
    List<String> pluginFolders, boolean failFirstAttempt) implements Serializable {
  private static final long serialVersionUID = 1L;

  public WorkerSettings {
    classPath = List.copyOf(classPath);
    pluginFolders = List.copyOf(pluginFolders);
  }
}
