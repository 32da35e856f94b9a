/**
 * Runs a sweep's cells on an existing Apache Spark cluster: {@link org.hesstrucks.harness.spark.SparkCellExecutor}
 * submits one Spark job (one task) per cell, each task runs its cell in a fresh worker JVM and returns the result,
 * and {@link org.hesstrucks.harness.spark.SparkSweep} is the {@code spark-submit} entry point.
 */
package org.hesstrucks.harness.spark;
