package org.hesstrucks.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hesstrucks.core.ConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BacktrackingConfigTest {
  @Test
  @DisplayName("defaults: α₀ = 1, ρ = 0.5, c = 1e-4, 50 reductions")
  void defaults() {
    BacktrackingConfig config = BacktrackingConfig.defaults();
    assertEquals(1.0, config.initialStep(), 0);
    assertEquals(0.5, config.shrink(), 0);
    assertEquals(1e-4, config.sufficientDecrease(), 0);
    assertEquals(50, config.maxReductions());
    assertEquals(new BacktrackingConfig(1.0, 0.5, 1e-4, 50), config);
  }

  @Test
  @DisplayName("given values are kept; maxReductions 0 is allowed")
  void givenValues() {
    BacktrackingConfig config = new BacktrackingConfig(4.0, 0.25, 0.1, 0);
    assertEquals(4.0, config.initialStep(), 0);
    assertEquals(0.25, config.shrink(), 0);
    assertEquals(0.1, config.sufficientDecrease(), 0);
    assertEquals(0, config.maxReductions());
  }

  @Test
  @DisplayName("shrink 1.5 is refused: 'shrink: expected a number in (0, 1), got 1.5'")
  void shrinkOutOfRange() {
    ConfigException e = assertThrows(ConfigException.class, () -> new BacktrackingConfig(null, 1.5, null, null));
    assertEquals("shrink: expected a number in (0, 1), got 1.5", e.getMessage());
    assertEquals("shrink", e.field());
    assertEquals("a number in (0, 1)", e.expected());
    assertEquals("1.5", e.actual());
    assertEquals("shrink: expected a number in (0, 1), got 1",
        assertThrows(ConfigException.class, () -> new BacktrackingConfig(null, 1.0, null, null)).getMessage());
    assertEquals("shrink: expected a number in (0, 1), got NaN",
        assertThrows(ConfigException.class, () -> new BacktrackingConfig(null, Double.NaN, null, null)).getMessage());
  }

  @Test
  @DisplayName("sufficientDecrease 0 is refused: 'sufficientDecrease: expected a number in (0, 1), got 0'")
  void sufficientDecreaseZero() {
    ConfigException e = assertThrows(ConfigException.class, () -> new BacktrackingConfig(null, null, 0.0, null));
    assertEquals("sufficientDecrease: expected a number in (0, 1), got 0", e.getMessage());
  }

  @Test
  @DisplayName("initialStep -1 is refused: 'initialStep: expected a positive finite number, got -1'")
  void initialStepNegative() {
    ConfigException e = assertThrows(ConfigException.class, () -> new BacktrackingConfig(-1.0, null, null, null));
    assertEquals("initialStep: expected a positive finite number, got -1", e.getMessage());
    assertEquals("initialStep: expected a positive finite number, got Infinity",
        assertThrows(ConfigException.class,
            () -> new BacktrackingConfig(Double.POSITIVE_INFINITY, null, null, null)).getMessage());
  }

  @Test
  @DisplayName("maxReductions -1 is refused: 'maxReductions: expected an integer ≥ 0, got -1'")
  void maxReductionsNegative() {
    ConfigException e = assertThrows(ConfigException.class, () -> new BacktrackingConfig(null, null, null, -1));
    assertEquals("maxReductions: expected an integer ≥ 0, got -1", e.getMessage());
  }
}
