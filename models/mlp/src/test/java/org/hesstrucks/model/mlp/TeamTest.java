package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The MLP's thread team: every part runs once per job, on its own thread, and failures reach the caller. */
@Timeout(60)
class TeamTest {
  @Test
  @DisplayName("boundary splits [0, count) into contiguous runs whose inner edges are multiples of the alignment")
  void boundaries() {
    for (int count : new int[] {0, 1, 7, 8, 9, 100, 2048, 4095, 269_322}) {
      for (int parts = 1; parts <= 5; parts++) {
        for (int align : new int[] {1, 8, 2048}) {
          assertEquals(0, Team.boundary(count, 0, parts, align));
          assertEquals(count, Team.boundary(count, parts, parts, align));
          for (int p = 1; p < parts; p++) {
            int edge = Team.boundary(count, p, parts, align);
            assertTrue(edge % align == 0 || edge == count, count + "/" + parts + "/" + align + ": " + edge);
            assertTrue(edge >= Team.boundary(count, p - 1, parts, align), "monotone");
            assertTrue(edge <= count);
          }
        }
      }
    }
    assertEquals(133_120, Team.boundary(269_322, 1, 2, 2048)); // half is 65.75 chunks of 2048: 65 in the first part
    assertEquals(128, Team.boundary(256, 1, 2, 8));
    assertEquals(16, Team.boundary(37, 1, 2, 8));
  }

  @Test
  @DisplayName("a job's parts 0 … size − 1 each run once, part 0 on the caller, the others on the team's threads")
  void everyPartOnce() {
    Team team = Team.shared(3);
    assertSame(team, Team.shared(3), "one team per size and JVM");
    assertEquals(3, team.size());
    for (int job = 0; job < 2000; job++) {
      ConcurrentHashMap<Integer, Thread> ran = new ConcurrentHashMap<>();
      AtomicInteger calls = new AtomicInteger();
      team.run((part, parts) -> {
        assertEquals(3, parts);
        calls.incrementAndGet();
        assertEquals(null, ran.put(part, Thread.currentThread()), "part " + part + " ran twice");
      });
      assertEquals(3, calls.get());
      assertEquals(3, ran.size());
      assertSame(Thread.currentThread(), ran.get(0));
      for (int part = 1; part < 3; part++) {
        Thread thread = ran.get(part);
        assertTrue(thread == Thread.currentThread() || thread.getName().startsWith("hesstrucks-mlp-team3-"),
            thread.getName());
      }
    }
    // The helpers do take parts: with the caller held in part 0 until the other two have run, they can only run on
    // the helpers (whether helpers win races against a free caller depends on the machine's load: not tested).
    CountDownLatch others = new CountDownLatch(2);
    ConcurrentHashMap<Integer, Thread> ran = new ConcurrentHashMap<>();
    team.run((part, parts) -> {
      ran.put(part, Thread.currentThread());
      if (part == 0) {
        try {
          assertTrue(others.await(60, TimeUnit.SECONDS), "parts 1 and 2 did not run within 60 s of part 0");
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
      } else {
        others.countDown();
      }
    });
    for (int part = 1; part < 3; part++) {
      assertTrue(ran.get(part).getName().startsWith("hesstrucks-mlp-team3-"), ran.get(part).getName());
    }
  }

  @Test
  @DisplayName("parts that the caller and a helper race to claim (short jobs back to back) still run exactly once")
  void racedPartsRunOnce() {
    Team team = Team.shared(2);
    for (int job = 0; job < 20_000; job++) {
      AtomicInteger[] runs = {new AtomicInteger(), new AtomicInteger()};
      team.run((part, parts) -> runs[part].incrementAndGet());
      assertEquals(1, runs[0].get());
      assertEquals(1, runs[1].get());
    }
  }

  @Test
  @DisplayName("after the helpers have parked, a job still runs all parts (they are woken)")
  void wakesParkedHelpers() throws InterruptedException {
    Team team = Team.shared(2);
    for (int i = 0; i < 5; i++) {
      Thread.sleep(Team.SPIN_NANOS / 1_000_000 + 20); // longer than the spin: the helper parks
      AtomicInteger calls = new AtomicInteger();
      team.run((part, parts) -> calls.incrementAndGet());
      assertEquals(2, calls.get());
    }
  }

  @Test
  @DisplayName("a helper's failure is rethrown to the caller after every part has finished, and the team goes on")
  void failureReachesCaller() {
    Team team = Team.shared(2);
    AtomicInteger finished = new AtomicInteger();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> team.run((part, parts) -> {
      if (part == 1) {
        throw new IllegalStateException("part 1 failed");
      }
      finished.incrementAndGet();
    }));
    assertEquals("part 1 failed", e.getMessage());
    assertEquals(1, finished.get());
    AtomicInteger calls = new AtomicInteger();
    team.run((part, parts) -> calls.incrementAndGet());
    assertEquals(2, calls.get());
  }

  @Test
  @DisplayName("callers on different threads take turns: every job sees all of its parts and no other job's")
  void concurrentCallers() throws InterruptedException {
    Team team = Team.shared(2);
    int callers = 4;
    int jobs = 500;
    CountDownLatch start = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread[] threads = new Thread[callers];
    for (int c = 0; c < callers; c++) {
      threads[c] = new Thread(() -> {
        try {
          start.await();
          for (int j = 0; j < jobs; j++) {
            long[] sums = new long[2];
            team.run((part, parts) -> sums[part] = part + 1);
            assertEquals(1, sums[0]);
            assertEquals(2, sums[1]);
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      });
      threads[c].start();
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(null, failure.get());
  }

  @Test
  @DisplayName("a job started inside a job (on its caller or on a helper) runs its parts in order on that thread")
  void nestedJobsRunInline() {
    Team team = Team.shared(2);
    for (int job = 0; job < 200; job++) {
      AtomicInteger inner = new AtomicInteger();
      AtomicInteger outer = new AtomicInteger();
      team.run((part, parts) -> {
        Thread here = Thread.currentThread();
        team.run((innerPart, innerParts) -> {
          assertSame(here, Thread.currentThread());
          inner.incrementAndGet();
        });
        outer.incrementAndGet();
      });
      assertEquals(2, outer.get());
      assertEquals(4, inner.get(), "each of the 2 outer parts ran both inner parts");
    }
  }

  @Test
  @DisplayName("a part that leaves its thread interrupted does not keep the helper spinning: it still parks")
  void interruptedHelperParks() throws InterruptedException {
    Team team = Team.shared(2);
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    org.junit.jupiter.api.Assumptions.assumeTrue(threads.isThreadCpuTimeSupported());
    AtomicReference<Thread> helper = new AtomicReference<>();
    for (int job = 0; job < 1000 && helper.get() == null; job++) {
      team.run((part, parts) -> {
        if (Thread.currentThread().getName().startsWith("hesstrucks-mlp-team2-")) {
          helper.set(Thread.currentThread());
          Thread.currentThread().interrupt();
        } else {
          long until = System.nanoTime() + 1_000_000; // part 0 takes 1 ms: time for the helper to claim part 1
          while (System.nanoTime() < until) {
            Thread.onSpinWait();
          }
        }
      });
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(helper.get() != null, "no part ran on the helper");
    Thread.sleep(50); // past the spin: the helper should now be parked
    long before = threads.getThreadCpuTime(helper.get().getId());
    Thread.sleep(300);
    long used = threads.getThreadCpuTime(helper.get().getId()) - before;
    assertTrue(used < 100_000_000L, "the idle helper used " + used / 1_000_000 + " ms of CPU in 300 ms");
  }

  @Test
  @DisplayName("a team of one runs the job on the caller")
  void teamOfOne() {
    AtomicReference<Thread> ran = new AtomicReference<>();
    Team.shared(1).run((part, parts) -> {
      assertEquals(0, part);
      assertEquals(1, parts);
      ran.set(Thread.currentThread());
    });
    assertSame(Thread.currentThread(), ran.get());
    assertThrows(IllegalArgumentException.class, () -> Team.shared(0));
  }
}
