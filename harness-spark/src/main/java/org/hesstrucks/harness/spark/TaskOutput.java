package org.hesstrucks.harness.spark;

import java.io.Serializable;

/**
 * What a cell's Spark task hands back to the driver.
 *
 * @param resultJson the worker's result file, as written; null when the worker was killed at the time limit
 * @param executorId the Spark executor that ran the task
 * @param host the executor's host name
 * @param attempt the task's attempt number (0 for the first)
 * @param message for a killed worker, why (with the end of its log); else empty
 */
record TaskOutput(String resultJson, String executorId, String host, int attempt, String message)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
