package org.hesstrucks.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BatchTest {
  @Test
  @DisplayName("a full batch of n is the samples 0 … n−1 in order")
  void fullBatch() {
    Batch batch = Batch.full(3);
    assertTrue(batch.isFull());
    assertEquals(3, batch.size());
    assertEquals(0, batch.index(0));
    assertEquals(2, batch.index(2));
    assertEquals("Batch[full, 3]", batch.toString());
  }

  @Test
  @DisplayName("an indexed batch maps positions to its indices, in the given order")
  void indexedBatch() {
    Batch batch = Batch.of(new int[] {5, 2, 9});
    assertFalse(batch.isFull());
    assertEquals(3, batch.size());
    assertEquals(5, batch.index(0));
    assertEquals(2, batch.index(1));
    assertEquals(9, batch.index(2));
    assertEquals("Batch[3 samples]", batch.toString());
  }

  @Test
  @DisplayName("index() outside [0, size) names the position and the size")
  void indexBounds() {
    Batch full = Batch.full(3);
    assertEquals("sample 3 of a batch of 3",
        assertThrows(IndexOutOfBoundsException.class, () -> full.index(3)).getMessage());
    assertEquals("sample -1 of a batch of 3",
        assertThrows(IndexOutOfBoundsException.class, () -> full.index(-1)).getMessage());
    Batch indexed = Batch.of(new int[] {7, 8});
    assertEquals("sample 2 of a batch of 2",
        assertThrows(IndexOutOfBoundsException.class, () -> indexed.index(2)).getMessage());
  }

  @Test
  @DisplayName("empty batches are refused with a message")
  void emptyRefused() {
    assertEquals("a batch needs at least one sample, got n = 0",
        assertThrows(IllegalArgumentException.class, () -> Batch.full(0)).getMessage());
    assertEquals("a batch needs at least one sample, got n = -2",
        assertThrows(IllegalArgumentException.class, () -> Batch.full(-2)).getMessage());
    assertEquals("a batch needs at least one sample",
        assertThrows(IllegalArgumentException.class, () -> Batch.of(new int[0])).getMessage());
  }

  @Test
  @DisplayName("the indices are copied on the way in: changing the caller's array changes nothing")
  void copiesIndices() {
    int[] indices = {4, 1};
    Batch batch = Batch.of(indices);
    Batch twin = Batch.of(indices);
    indices[0] = 99;
    assertEquals(4, batch.index(0));
    assertEquals(twin, batch);
    assertNotEquals(Batch.of(indices), batch);
  }

  @Test
  @DisplayName("equals and hashCode: by size and indices; a full batch differs from any indexed one")
  void equality() {
    assertEquals(Batch.of(new int[] {1, 2}), Batch.of(new int[] {1, 2}));
    assertEquals(Batch.of(new int[] {1, 2}).hashCode(), Batch.of(new int[] {1, 2}).hashCode());
    assertEquals(Batch.full(4), Batch.full(4));
    assertEquals(Batch.full(4).hashCode(), Batch.full(4).hashCode());
    assertNotEquals(Batch.of(new int[] {1, 2}), Batch.of(new int[] {2, 1}));
    assertNotEquals(Batch.full(4), Batch.full(5));
    assertNotEquals(Batch.full(2), Batch.of(new int[] {0, 1}));
    assertNotEquals(Batch.full(2), (Object) "Batch[full, 2]");
  }

  @Test
  @DisplayName("a negative sample index is refused with its position")
  void negativeIndex() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Batch.of(new int[] {3, -1}));
    assertEquals("sample index -1 at position 1 is negative", e.getMessage());
  }
}
