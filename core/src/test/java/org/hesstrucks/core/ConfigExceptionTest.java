package org.hesstrucks.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfigExceptionTest {
  @Test
  @DisplayName("the message is 'field: expected E, got A', and the parts are kept apart")
  void messageAndParts() {
    ConfigException e = new ConfigException("memory", "a positive integer", -3);
    assertEquals("memory: expected a positive integer, got -3", e.getMessage());
    assertEquals("memory", e.field());
    assertEquals("a positive integer", e.expected());
    assertEquals("-3", e.actual());
    assertEquals("null", new ConfigException("x", "y", null).actual());
  }

  @Test
  @DisplayName("whole-number doubles read as the user wrote them (0, -1), others in Java's notation")
  void doublesRendered() {
    assertEquals("0", new ConfigException("f", "e", 0.0).actual());
    assertEquals("-1", new ConfigException("f", "e", -1.0).actual());
    assertEquals("1.5", new ConfigException("f", "e", 1.5).actual());
    assertEquals("1.0E-4", new ConfigException("f", "e", 1e-4).actual());
    assertEquals("1.0E20", new ConfigException("f", "e", 1e20).actual());
    assertEquals("NaN", new ConfigException("f", "e", Double.NaN).actual());
    assertEquals("-Infinity", new ConfigException("f", "e", Double.NEGATIVE_INFINITY).actual());
    assertEquals("0", new ConfigException("f", "e", -0.0).actual());
  }

  @Test
  @DisplayName("requirePositive (double) accepts (0, ∞) and refuses 0, negatives, NaN and ∞")
  void requirePositiveDouble() {
    assertEquals(0.25, ConfigException.requirePositive("f", 0.25), 0);
    assertEquals(Double.MIN_VALUE, ConfigException.requirePositive("f", Double.MIN_VALUE), 0);
    assertEquals("f: expected a positive finite number, got 0",
        assertThrows(ConfigException.class, () -> ConfigException.requirePositive("f", 0.0)).getMessage());
    assertEquals("f: expected a positive finite number, got NaN",
        assertThrows(ConfigException.class, () -> ConfigException.requirePositive("f", Double.NaN)).getMessage());
    assertEquals("f: expected a positive finite number, got Infinity",
        assertThrows(ConfigException.class,
            () -> ConfigException.requirePositive("f", Double.POSITIVE_INFINITY)).getMessage());
  }

  @Test
  @DisplayName("requirePositive (int) accepts 1 and refuses 0")
  void requirePositiveInt() {
    assertEquals(1, ConfigException.requirePositive("n", 1));
    assertEquals("n: expected a positive integer, got 0",
        assertThrows(ConfigException.class, () -> ConfigException.requirePositive("n", 0)).getMessage());
  }

  @Test
  @DisplayName("requireOpenInterval excludes both ends and NaN, and prints the bounds as written")
  void requireOpenInterval() {
    assertEquals(0.5, ConfigException.requireOpenInterval("c", 0.5, 0, 1), 0);
    assertEquals("c: expected a number in (0, 1), got 1",
        assertThrows(ConfigException.class, () -> ConfigException.requireOpenInterval("c", 1, 0, 1)).getMessage());
    assertEquals("c: expected a number in (0, 1), got 0",
        assertThrows(ConfigException.class, () -> ConfigException.requireOpenInterval("c", 0, 0, 1)).getMessage());
    assertEquals("c: expected a number in (0.1, 0.9), got NaN",
        assertThrows(ConfigException.class,
            () -> ConfigException.requireOpenInterval("c", Double.NaN, 0.1, 0.9)).getMessage());
  }

  @Test
  @DisplayName("a value rendered longer than 300 characters is cut in the middle, saying how much")
  void longValuesAreCut() {
    String huge = "x".repeat(150) + "y".repeat(10_000) + "z".repeat(150);
    ConfigException e = new ConfigException("generator", "one of mixture, spirals", huge);
    assertEquals("generator: expected one of mixture, spirals, got " + "x".repeat(150) + " … (10000 characters left "
        + "out) … " + "z".repeat(150), e.getMessage());
    assertEquals("short", new ConfigException("f", "e", "short").actual());
  }
}
