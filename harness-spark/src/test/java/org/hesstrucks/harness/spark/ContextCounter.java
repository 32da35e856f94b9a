package org.hesstrucks.harness.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;

/** Counts Spark contexts started with {@code spark.extraListeners} naming this class (one instance per context). */
public final class ContextCounter extends SparkListener {
  static final AtomicInteger STARTED = new AtomicInteger();

  public ContextCounter() {
    STARTED.incrementAndGet();
  }
}
