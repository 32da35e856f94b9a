package org.hesstrucks.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hesstrucks.core.ConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CostWeightsTest {
  @Test
  @DisplayName("defaults are 0.5 per value, 1 per gradient, 2 per Hessian-vector product")
  void defaults() {
    assertEquals(new CostWeights(0.5, 1.0, 2.0), CostWeights.DEFAULT);
    assertEquals(0.5, CostWeights.DEFAULT.value(), 0);
    assertEquals(1.0, CostWeights.DEFAULT.gradient(), 0);
    assertEquals(2.0, CostWeights.DEFAULT.hessianVector(), 0);
    // 0.5·3 + 1·5 + 2·7
    assertEquals(20.5, CostWeights.DEFAULT.gradientEquivalents(3, 5, 7), 0);
  }

  @Test
  @DisplayName("omitted weights get their defaults, given ones are kept, zero is allowed")
  void partialWeights() {
    CostWeights weights = new CostWeights(null, 3.0, 0.0);
    assertEquals(new CostWeights(0.5, 3.0, 0.0), weights);
    assertEquals(0.5 * 2 + 3 * 4, weights.gradientEquivalents(2, 4, 100), 0);
  }

  @Test
  @DisplayName("a negative weight is refused with its field name and value")
  void negativeWeight() {
    ConfigException e = assertThrows(ConfigException.class, () -> new CostWeights(-1.0, null, null));
    assertEquals("value: expected a finite number ≥ 0, got -1", e.getMessage());
    assertEquals("value", e.field());
    assertEquals("-1", e.actual());
    ConfigException g = assertThrows(ConfigException.class, () -> new CostWeights(null, -0.25, null));
    assertEquals("gradient: expected a finite number ≥ 0, got -0.25", g.getMessage());
  }

  @Test
  @DisplayName("NaN and infinite weights are refused")
  void nonFiniteWeights() {
    ConfigException nan = assertThrows(ConfigException.class, () -> new CostWeights(null, Double.NaN, null));
    assertEquals("gradient: expected a finite number ≥ 0, got NaN", nan.getMessage());
    ConfigException inf = assertThrows(ConfigException.class,
        () -> new CostWeights(null, null, Double.POSITIVE_INFINITY));
    assertEquals("hessianVector: expected a finite number ≥ 0, got Infinity", inf.getMessage());
  }
}
