package org.hesstrucks.model.mlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed team of threads that runs one job's parts at once: the caller and {@code size − 1} daemon helpers claim
 * the parts 0 … size − 1 (the caller takes part 0 and then whatever no helper has claimed yet), and {@link #run}
 * returns when every part has finished. It replaces OpenBLAS's own thread pool for the MLP (OpenBLAS is kept at one
 * thread, and the products are split by {@link OpenBlasKernels}), because on a small shared machine OpenBLAS's
 * hand-off to its workers cost more than the split saved (a 32 × 256 × 256 product: median 314 µs on two OpenBLAS
 * threads, 99 µs on one, 64 µs split over this team), and because the same threads can then run the element-wise
 * passes.
 *
 * <p>Parts are claimed, not assigned: a helper that has not started by the time the caller is done with its own
 * part (another process has its core) costs nothing, since the caller runs that part too. With fixed assignment,
 * the module's tests on 2 cores beside two busy processes took 94 s instead of 9, every job waiting for a
 * descheduled helper. Helpers spin for {@link #SPIN_NANOS} after a job (the next one in a forward or backward pass
 * follows within microseconds), then park until the next job; every busy wait yields its core now and then (see
 * {@link #pause}). A job and its parts allocate nothing. One team per size and JVM ({@link #shared}), like
 * OpenBLAS's one pool: jobs from different callers take turns. If parts throw, the first failure is rethrown to the
 * caller after every part has finished.
 */
final class Team {
  /** One part of a job. */
  interface Job {
    /**
     * Runs part {@code part} of {@code parts}; the parts of one job may run on any of the team's threads, each once.
     *
     * @param part 0 … parts − 1 (part 0 on the caller)
     */
    void run(int part, int parts);
  }

  /** How long a helper spins for the next job before it parks. */
  static final long SPIN_NANOS = 200_000;
  /** A busy wait yields its core once every this many spin steps. */
  private static final int YIELD_EVERY = 64;
  /** {@link #claims} holds the job's generation above these bits and the next unclaimed part below. */
  private static final int PART_BITS = 16;

  private static final ConcurrentHashMap<Integer, Team> SHARED = new ConcurrentHashMap<>();

  private final int size;
  private final Thread[] helpers;
  /** Per helper: non-zero while it is parked (or about to park), so the caller knows to unpark it. */
  private final AtomicInteger[] parked;
  /** (generation, next part) of the current job, packed; claiming a part is a compare-and-set. */
  private final AtomicLong claims = new AtomicLong();
  /** Parts of the current job that have finished. */
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile Job job;
  private volatile long generation;
  /** The thread whose job the team is running, or null. */
  private volatile Thread owner;

  private Team(int size) {
    if (size >= 1 << PART_BITS) {
      throw new IllegalArgumentException("a team of " + size + " threads");
    }
    this.size = size;
    this.helpers = new Thread[size - 1];
    this.parked = new AtomicInteger[size - 1];
    for (int i = 0; i < size - 1; i++) {
      parked[i] = new AtomicInteger();
      AtomicInteger sleeping = parked[i];
      Thread helper = new Thread(() -> helperLoop(sleeping), "hesstrucks-mlp-team" + size + "-" + (i + 1));
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
   * Runs {@code work}'s parts 0 … size − 1 on the team (part 0 on the calling thread) and returns when all have
   * finished. Callers take turns; a job started from inside a job (by its caller or a helper) runs its parts one after
   * another on that thread.
   */
  void run(Job work) {
    if (size == 1 || inJob()) { // a team of one, or a job started from inside a job: its parts in order, here
      for (int part = 0; part < size; part++) {
        work.run(part, size);
      }
      return;
    }
    synchronized (this) {
      owner = Thread.currentThread();
      try {
        runOnTeam(work);
      } finally {
        owner = null;
      }
    }
  }

  /**
   * True on a thread that is running one of this team's jobs (the caller of the current job, or a helper): a job
   * run from there must not wait for the team (its helpers may be the ones waiting) nor reset the current job.
   */
  private boolean inJob() {
    Thread current = Thread.currentThread();
    if (current == owner) {
      return true;
    }
    for (Thread helper : helpers) {
      if (helper == current) {
        return true;
      }
    }
    return false;
  }

  private void runOnTeam(Job work) {
    failure.set(null);
    done.set(0);
    job = work;
    long current = generation + 1;
    claims.set(current << PART_BITS | 1); // part 0 is the caller's
    generation = current; // publishes job and claims (volatile write after them)
    for (int i = 0; i < helpers.length; i++) {
      if (parked[i].get() != 0) {
        LockSupport.unpark(helpers[i]);
      }
    }
    runPart(work, 0);
    for (int part = claim(current); part >= 0; part = claim(current)) {
      runPart(work, part);
    }
    for (int spins = 1; done.get() != size; spins++) {
      pause(spins);
    }
    job = null; // the team keeps no reference to the caller's objects between jobs
    Throwable first = failure.get();
    if (first instanceof RuntimeException) {
      throw (RuntimeException) first;
    }
    if (first instanceof Error) {
      throw (Error) first;
    }
    if (first != null) {
      throw new IllegalStateException(first);
    }
  }

  /** The next unclaimed part of job {@code current}, claimed now, or −1 when none is left (or the job is over). */
  private int claim(long current) {
    while (true) {
      long state = claims.get();
      int part = (int) (state & ((1 << PART_BITS) - 1));
      if (state >>> PART_BITS != current || part >= size) {
        return -1;
      }
      if (claims.compareAndSet(state, state + 1)) {
        return part;
      }
    }
  }

  private void runPart(Job work, int part) {
    try {
      work.run(part, size);
    } catch (Throwable e) {
      failure.compareAndSet(null, e);
    } finally {
      done.incrementAndGet();
    }
  }

  private void helperLoop(AtomicInteger sleeping) {
    long seen = 0;
    while (true) {
      long spinStart = System.nanoTime();
      for (int spins = 1; generation == seen; spins++) {
        if (System.nanoTime() - spinStart < SPIN_NANOS) {
          pause(spins);
          continue;
        }
        sleeping.set(1);
        Thread.interrupted(); // an interrupt left by a part would make park return at once, turning parking into spinning
        if (generation == seen) { // re-check after announcing: the caller unparks whoever it sees parked
          LockSupport.park(this);
        }
        sleeping.set(0);
        spinStart = System.nanoTime();
      }
      seen = generation;
      for (int part = claim(seen); part >= 0; part = claim(seen)) {
        runPart(job, part); // job is this generation's: it cannot change before this claimed part is done
      }
    }
  }

  /**
   * One step of a busy wait: a spin-loop hint, and every {@value #YIELD_EVERY}th step a yield, so that a waiting
   * thread gives its core to one that has work when there are more runnable threads than cores (another process, or
   * a team larger than the machine).
   */
  private static void pause(int spins) {
    if (spins % YIELD_EVERY == 0) {
      Thread.yield();
    } else {
      Thread.onSpinWait();
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
