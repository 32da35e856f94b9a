package org.hesstrucks.analysis.probing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.objective.Batch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProbingTest {
  @Test
  @DisplayName("batch option: null and \"full\" mean the whole set; positive integers pass; anything else is refused")
  void validate() {
    assertEquals("full", ProbeBatches.validate("batch", null));
    assertEquals("full", ProbeBatches.validate("batch", "full"));
    assertEquals(64, ProbeBatches.validate("batch", 64));
    assertEquals(64, ProbeBatches.validate("batch", 64L));
    assertEquals("batch: expected \"full\" or a positive integer, got 2.5",
        assertThrows(ConfigException.class, () -> ProbeBatches.validate("batch", 2.5)).getMessage());
    assertEquals("batch: expected \"full\" or a positive integer, got 0",
        assertThrows(ConfigException.class, () -> ProbeBatches.validate("batch", 0)).getMessage());
  }

  @Test
  @DisplayName("a seeded batch has distinct in-range indices, the same for the same seed, another for another seed")
  void select() {
    Batch a = ProbeBatches.select(30, 100, 7);
    assertEquals(30, a.size());
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      int index = a.index(i);
      assertTrue(index >= 0 && index < 100);
      seen.add(index);
    }
    assertEquals(30, seen.size());
    assertEquals(a, ProbeBatches.select(30, 100, 7));
    assertTrue(!a.equals(ProbeBatches.select(30, 100, 8)));
    assertTrue(ProbeBatches.select("full", 100, 7).isFull());
    assertTrue(ProbeBatches.select(100, 100, 7).isFull());
    assertEquals("batch: 101 samples requested, the training set has 100",
        assertThrows(IllegalArgumentException.class, () -> ProbeBatches.select(101, 100, 7)).getMessage());
  }

  @Test
  @DisplayName("a measurement that throws or yields NaN becomes {error, seconds}; a good one gains seconds")
  void guarded() {
    Map<String, Object> thrown = Measurement.guarded(() -> {
      throw new IllegalStateException("no convergence");
    });
    assertEquals("no convergence", thrown.get("error"));
    assertTrue(thrown.containsKey("seconds"));
    Map<String, Object> nan = Measurement.guarded(() -> {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("eigenvalues", new double[] {1, Double.NaN});
      v.put("products", 12L);
      return v;
    });
    assertEquals("non-finite value in 'eigenvalues'", nan.get("error"));
    assertEquals(12L, nan.get("products"));
    Map<String, Object> good = Measurement.guarded(() -> Map.of("trace", 2.0));
    assertEquals(2.0, good.get("trace"));
    assertEquals("[trace, seconds]", good.keySet().toString());
  }
}
