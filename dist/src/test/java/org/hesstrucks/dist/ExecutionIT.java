package org.hesstrucks.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SLOW end-to-end tests (tens of seconds): worker JVMs, limits, kills, shards and --jobs, all in real
 * processes with real signals.
 */
@Tag("slow")
class ExecutionIT {
  /** Six cells of about a second each in a worker JVM: long enough to kill the harness in the middle. */
  private static final String SIX_CELLS = "{'name': 'six', 'seeds': [1, 2, 3], 'budget': {'iterations': 150},"
      + " 'optimizers': [{'id': 'gd'}, {'id': 'gd', 'warmStartGrowth': 2.0}],"
      + " 'models': [{'id': 'quadratic', 'dimension': 40000, 'rotation': 'householder'}]}";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text.replace('\'', '"'));
    return file;
  }

  @Test
  @DisplayName("killing the harness at several moments loses nothing: the rerun finishes only what was missing")
  void killAndResume() throws Exception {
    Path sweep = write("six.json", SIX_CELLS);
    Path results = dir.resolve("results");
    Map<String, JsonNode> reference = null;
    for (long killAfterMillis : new long[] {1500, 3500, 6000}) {
      Process harness = Cli.start(dir, "run", sweep.toString(), "-o", results.toString());
      Thread.sleep(killAfterMillis);
      List<ProcessHandle> workers = harness.descendants().toList();
      harness.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      for (ProcessHandle worker : workers) {
        worker.onExit().get(20, TimeUnit.SECONDS); // an orphaned worker ends itself
        assertFalse(worker.isAlive(), "worker " + worker.pid() + " outlived its harness");
      }
      Map<String, JsonNode> partial = Results.cells(results); // every file present parses completely
      assertTrue(partial.size() <= 6);
      partial.values().forEach(c -> assertEquals("budget", c.get("status").asText(), c.toString()));
    }
    Map<String, JsonNode> before = Results.cells(results);
    Cli.Outcome rerun = Cli.run(dir, "run", sweep.toString(), "-o", results.toString());
    assertEquals(0, rerun.code(), rerun.err());
    assertTrue(rerun.out().contains(", " + before.size() + " skipped; report:"), rerun.out());
    reference = Results.cells(results);
    assertEquals(6, reference.size());
    for (Map.Entry<String, JsonNode> cell : before.entrySet()) {
      assertEquals(cell.getValue(), reference.get(cell.getKey()), "a finished cell was rerun or changed");
    }
  }

  @Test
  @DisplayName("a worker killed mid-cell marks only its cell 'error'; the sweep goes on")
  void killedWorker() throws Exception {
    Path sweep = write("six.json", SIX_CELLS);
    Path results = dir.resolve("results");
    Process harness = Cli.start(dir, "run", sweep.toString(), "-o", results.toString());
    Optional<ProcessHandle> worker = Optional.empty();
    for (int i = 0; i < 400 && worker.isEmpty(); i++) {
      Thread.sleep(25);
      // The worker itself, not the JDK's spawn helper that precedes it (killing that makes the start fail instead).
      worker = harness.children().filter(ExecutionIT::isWorker).findFirst();
    }
    assertTrue(worker.isPresent(), "no worker started");
    worker.get().destroyForcibly();
    assertTrue(harness.waitFor(5, TimeUnit.MINUTES));
    assertEquals(3, harness.exitValue(), "cells in error give exit code 3");
    Map<String, JsonNode> cells = Results.cells(results);
    assertEquals(6, cells.size());
    List<JsonNode> errors = cells.values().stream().filter(c -> c.get("status").asText().equals("error")).toList();
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).get("message").asText().startsWith("the worker JVM was killed by signal 9 without "
        + "writing a result"), errors.get(0).get("message").asText());
  }

  private static boolean isWorker(ProcessHandle process) {
    return process.info().arguments().map(args -> java.util.Arrays.asList(args).contains("worker")).orElse(false);
  }

  @Test
  @DisplayName("a cell past its time limit is 'timeout'; one past its heap limit is 'error' (out of memory)")
  void limits() throws Exception {
    Path slow = write("slow.json", "{'name': 'slow', 'budget': {'iterations': 1000000}, 'optimizers': [{'id': 'gd'}],"
        + " 'models': [{'id': 'quadratic', 'dimension': 40000, 'rotation': 'householder', 'conditionNumber': 1e6}]}");
    Cli.Outcome timedOut = Cli.run(dir, "run", slow.toString(), "-o", dir.resolve("slow").toString(),
        "--time-limit", "3");
    assertEquals(0, timedOut.code(), timedOut.err());
    JsonNode cell = Results.cells(dir.resolve("slow")).values().iterator().next();
    assertEquals("timeout", cell.get("status").asText());
    assertTrue(cell.get("message").asText().startsWith("the cell ran longer than its time limit of 3.0 s; its "
        + "worker was killed"), cell.get("message").asText());

    Path big = write("big.json", "{'name': 'big', 'budget': {'iterations': 5}, 'optimizers': [{'id': 'gd'}],"
        + " 'models': [{'id': 'quadratic', 'dimension': 3000, 'rotation': 'dense'}]}");
    Cli.Outcome oom = Cli.run(dir, "run", big.toString(), "-o", dir.resolve("big").toString(), "--heap", "32m");
    assertEquals(3, oom.code(), oom.err());
    JsonNode failed = Results.cells(dir.resolve("big")).values().iterator().next();
    assertEquals("error", failed.get("status").asText());
    assertTrue(failed.get("message").asText().startsWith("the worker JVM ran out of memory "
        + "(java.lang.OutOfMemoryError) without writing a result"), failed.get("message").asText());
  }

  @Test
  @DisplayName("three shards in separate processes give the same cells as one run; --jobs 2 the same bits")
  void shardsAndJobs() throws Exception {
    Path sweep = write("six.json", SIX_CELLS.replace("'iterations': 150", "'iterations': 40"));
    Path whole = dir.resolve("whole");
    Cli.Outcome one = Cli.run(dir, "run", sweep.toString(), "-o", whole.toString());
    assertEquals(0, one.code(), one.err());

    Path sharded = dir.resolve("sharded");
    Process[] shards = new Process[3];
    for (int i = 0; i < 3; i++) {
      Path shardDir = Files.createDirectories(dir.resolve("shard" + (i + 1)));
      shards[i] = Cli.start(shardDir, "run", sweep.toString(), "-o", sharded.toString(), "--shard", (i + 1) + "/3");
    }
    for (Process shard : shards) {
      assertTrue(shard.waitFor(5, TimeUnit.MINUTES));
      assertEquals(0, shard.exitValue());
    }
    Cli.Outcome report = Cli.run(dir, "report", sharded.toString());
    assertEquals(0, report.code(), report.err());

    Path parallel = dir.resolve("parallel");
    Cli.Outcome jobs = Cli.run(dir, "run", sweep.toString(), "-o", parallel.toString(), "--jobs", "2");
    assertEquals(0, jobs.code(), jobs.err());
    assertTrue(jobs.err().contains("warning: --jobs 2: cells share the machine"), jobs.err());

    Map<String, JsonNode> expected = Results.cells(whole);
    assertEquals(6, expected.size());
    for (Path other : List.of(sharded, parallel)) {
      Map<String, JsonNode> actual = Results.cells(other);
      assertEquals(expected.keySet(), actual.keySet(), other.toString());
      for (String id : expected.keySet()) {
        assertEquals(Results.deterministicPart(expected.get(id)), Results.deterministicPart(actual.get(id)),
            "cell " + id + " differs in " + other.getFileName());
      }
    }
  }

  @Test
  @DisplayName("a bad shard is refused: 4/3 and 0/0")
  void badShard() throws Exception {
    Path sweep = write("six.json", SIX_CELLS);
    for (String bad : new String[] {"4/3", "0/0"}) {
      Cli.Outcome outcome = Cli.run(dir, "run", sweep.toString(), "--shard", bad);
      assertEquals(2, outcome.code());
      assertTrue(outcome.err().startsWith("--shard: a shard is i/n with 1 ≤ i ≤ n, got " + bad.replace("/", "/")),
          outcome.err());
    }
  }
}
