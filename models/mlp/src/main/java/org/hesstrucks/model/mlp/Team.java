package org.hesstrucks.model.mlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed team of threads that runs one job's parts at once: the caller runs part 0 and {@code size − 1} daemon
 * helpers run the others; {@link #run} returns when every part has finished. It replaces OpenBLAS's own thread
 * pool for the MLP (OpenBLAS is kept at one thread, and the products are split by {@link OpenBlasKernels}), because
 * on a small shared machine OpenBLAS's hand-off to its workers cost more than the split saved (a 32 × 256 × 256
 * product: median 314 µs on two OpenBLAS threads, 99 µs on one, 64 µs split over this team), and because the same
 * threads can then run the element-wise passes.
 *
 * <p>Helpers spin for {@link #SPIN_NANOS} after a job (the next one in a forward or backward pass follows within
 * microseconds), then park until the next job; a job and its parts allocate nothing. One team per size and JVM
 * ({@link #shared}), like OpenBLAS's one pool: jobs from different callers take turns. Jobs must not throw; if one
 * does, the first failure is rethrown to the caller after every part has finished.
 */
final class Team {
  /** One part of a job. */
  interface Job {
    /**
     * Runs part {@code part} of {@code parts}.
     *
     * @param part 0 for the caller's part, 1 … parts − 1 for the helpers'
     */
    void run(int part, int parts);
  }

  /** How long a helper spins for the next job before it parks. */
  static final long SPIN_NANOS = 200_000;

  private static final ConcurrentHashMap<Integer, Team> SHARED = new ConcurrentHashMap<>();

  private final int size;
  private final Thread[] helpers;
  /** Per helper: true while it is parked (or about to park), so the caller knows to unpark it. */
  private final AtomicInteger[] parked;
  private final AtomicInteger remaining = new AtomicInteger();
  private volatile Job job;
  private volatile long generation;
  private volatile Throwable failure;

  private Team(int size) {
    this.size = size;
    this.helpers = new Thread[size - 1];
    this.parked = new AtomicInteger[size - 1];
    for (int i = 0; i < size - 1; i++) {
      parked[i] = new AtomicInteger();
      int part = i + 1;
      Thread helper = new Thread(() -> helperLoop(part), "hesstrucks-mlp-team" + size + "-" + part);
      helper.setDaemon(true);
      helpers[i] = helper;
    }
    for (Thread helper : helpers) {
      helper.start();
    }
  }

  /** The JVM's team of {@code size} threads (the caller and size − 1 helpers), started on first use. */
  static Team shared(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a team of " + size + " threads");
    }
    return SHARED.computeIfAbsent(size, Team::new);
  }

  /** The number of threads, the caller included. */
  int size() {
    return size;
  }

  /**
   * Runs {@code work}'s parts 0 … size − 1 at once (part 0 on the calling thread) and returns when all have
   * finished. Callers take turns.
   */
  synchronized void run(Job work) {
    if (size == 1) {
      work.run(0, 1);
      return;
    }
    failure = null;
    job = work;
    remaining.set(size - 1);
    generation = generation + 1; // publishes job (volatile write after it)
    for (int i = 0; i < helpers.length; i++) {
      if (parked[i].get() != 0) {
        LockSupport.unpark(helpers[i]);
      }
    }
    Throwable own = null;
    try {
      work.run(0, size);
    } catch (RuntimeException | Error e) {
      own = e;
    }
    while (remaining.get() != 0) {
      Thread.onSpinWait();
    }
    job = null; // the team keeps no reference to the caller's objects between jobs
    Throwable first = own != null ? own : failure;
    if (first instanceof RuntimeException) {
      throw (RuntimeException) first;
    }
    if (first instanceof Error) {
      throw (Error) first;
    }
  }

  private void helperLoop(int part) {
    AtomicInteger sleeping = parked[part - 1];
    long seen = 0;
    while (true) {
      long spinStart = System.nanoTime();
      while (generation == seen) {
        if (System.nanoTime() - spinStart < SPIN_NANOS) {
          Thread.onSpinWait();
          continue;
        }
        sleeping.set(1);
        if (generation == seen) { // re-check after announcing: the caller unparks whoever it sees parked
          LockSupport.park(this);
        }
        sleeping.set(0);
        spinStart = System.nanoTime();
      }
      seen = generation;
      Job work = job;
      try {
        work.run(part, size);
      } catch (Throwable e) {
        failure = e;
      } finally {
        remaining.decrementAndGet();
      }
    }
  }

  /**
   * The first index of part {@code part} when {@code count} items are split into {@code parts} contiguous runs whose
   * boundaries are multiples of {@code align} (the last run takes the remainder); part {@code parts} gives count.
   */
  static int boundary(int count, int part, int parts, int align) {
    if (part >= parts) {
      return count;
    }
    long even = (long) count * part / parts;
    int aligned = (int) (even / align * align);
    return Math.min(aligned, count);
  }
}
