package org.hesstrucks.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hesstrucks.objective.Batch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The mini-batch sampler: whole-set batches, epochs without replacement, seeding, reshuffling. */
class BatchSamplerTest {
  private static int[] indices(Batch batch) {
    int[] out = new int[batch.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = batch.index(i);
    }
    return out;
  }

  /** The samples of one epoch's batches, in order. */
  private static int[] epoch(BatchSampler sampler, int batches) {
    List<Integer> all = new ArrayList<>();
    for (int b = 0; b < batches; b++) {
      for (int i : indices(sampler.next())) {
        all.add(i);
      }
    }
    return all.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  @DisplayName("batch size 0 ('full') and the training set's size give the whole set at every step")
  void full() {
    for (int size : new int[] {0, 7}) {
      BatchSampler sampler = new BatchSampler(7, size, 3);
      Batch first = sampler.next();
      assertTrue(first.isFull());
      assertEquals(7, first.size());
      assertSame(first, sampler.next());
    }
  }

  @Test
  @DisplayName("an epoch is a permutation: its batches are disjoint; the last partial batch is dropped")
  void epochWithoutReplacement() {
    BatchSampler sampler = new BatchSampler(10, 3, 42);
    for (int e = 0; e < 20; e++) {
      int[] seen = epoch(sampler, 3);
      assertEquals(9, seen.length);
      int[] sorted = seen.clone();
      Arrays.sort(sorted);
      for (int i = 1; i < sorted.length; i++) {
        assertNotEquals(sorted[i - 1], sorted[i], "a sample twice in epoch " + e + ": " + Arrays.toString(seen));
      }
      assertTrue(sorted[0] >= 0 && sorted[8] < 10, Arrays.toString(seen));
    }
  }

  @Test
  @DisplayName("the same seed gives the same batches; another seed, and the next epoch, give others")
  void seeded() {
    int[] a = epoch(new BatchSampler(100, 10, 5), 30);
    int[] b = epoch(new BatchSampler(100, 10, 5), 30);
    int[] c = epoch(new BatchSampler(100, 10, 6), 30);
    assertEquals(Arrays.toString(a), Arrays.toString(b));
    assertNotEquals(Arrays.toString(a), Arrays.toString(c));
    assertFalse(Arrays.equals(Arrays.copyOfRange(a, 0, 100), Arrays.copyOfRange(a, 100, 200)),
        "the second epoch repeats the first one's order");
    assertFalse(Arrays.equals(Arrays.copyOfRange(a, 0, 100), range(100)), "the first epoch is not shuffled");
  }

  @Test
  @DisplayName("over many epochs every sample is drawn about equally often (the dropped remainder is random too)")
  void uniform() {
    BatchSampler sampler = new BatchSampler(10, 3, 9);
    int[] counts = new int[10];
    int epochs = 3000;
    for (int i : epoch(sampler, 3 * epochs)) {
      counts[i]++;
    }
    // Each sample is left out of an epoch with probability 1/10: 2,700 draws expected, standard deviation
    // √(3000 · 0.9 · 0.1) ≈ 16; 100 is six of them.
    for (int i = 0; i < 10; i++) {
      assertTrue(Math.abs(counts[i] - 2700) < 100, "sample " + i + " drawn " + counts[i] + " times: "
          + Arrays.toString(counts));
    }
  }

  @Test
  @DisplayName("a batch size outside [0, training size] is refused naming both")
  void badSize() {
    assertEquals("batch size 11 does not fit a training set of 10 samples",
        assertThrows(IllegalArgumentException.class, () -> new BatchSampler(10, 11, 1)).getMessage());
    assertEquals("batch size -1 does not fit a training set of 10 samples",
        assertThrows(IllegalArgumentException.class, () -> new BatchSampler(10, -1, 1)).getMessage());
  }

  private static int[] range(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }
}
