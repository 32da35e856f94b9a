package org.hesstrucks.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpiTest {
  @Test
  @DisplayName("MAJOR_VERSION equals the major of core's Maven version (keeps the constant and the pom in step)")
  void majorVersionMatchesMavenVersion() {
    assertEquals(Spi.MAJOR_VERSION, Spi.majorOf(Spi.coreVersion()));
  }

  @Test
  @DisplayName("coreVersion() is the filtered Maven version, not a ${...} placeholder")
  void coreVersionIsFiltered() {
    String version = Spi.coreVersion();
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"), version);
  }

  @Test
  @DisplayName("majorOf reads the leading digits: 1.2.3-SNAPSHOT → 1, 12.0 → 12, 0.9 → 0, 7 → 7, 2-rc1 → 2")
  void majorOf() {
    assertEquals(1, Spi.majorOf("1.2.3-SNAPSHOT"));
    assertEquals(12, Spi.majorOf("12.0"));
    assertEquals(0, Spi.majorOf("0.9"));
    assertEquals(7, Spi.majorOf("7"));
    assertEquals(2, Spi.majorOf("2-rc1"));
    assertEquals(3, Spi.majorOf("003.1"));
  }

  @Test
  @DisplayName("majorOf refuses a missing version and one that does not start with a number, quoting it")
  void majorOfRefusals() {
    assertEquals("version is missing",
        assertThrows(IllegalArgumentException.class, () -> Spi.majorOf(null)).getMessage());
    assertEquals("version '' does not start with a number",
        assertThrows(IllegalArgumentException.class, () -> Spi.majorOf("")).getMessage());
    assertEquals("version 'v1.2' does not start with a number",
        assertThrows(IllegalArgumentException.class, () -> Spi.majorOf("v1.2")).getMessage());
    assertEquals("version '-1.0' does not start with a number",
        assertThrows(IllegalArgumentException.class, () -> Spi.majorOf("-1.0")).getMessage());
    assertEquals("version ' 1.0' does not start with a number",
        assertThrows(IllegalArgumentException.class, () -> Spi.majorOf(" 1.0")).getMessage());
  }

  @Test
  @DisplayName("majorOf refuses a major too large for an int with an IllegalArgumentException")
  void majorOfOverflow() {
    assertThrows(IllegalArgumentException.class, () -> Spi.majorOf("99999999999.0"));
  }

  @Test
  @DisplayName("a major number beyond int range is refused with the house message")
  void hugeMajor() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Spi.majorOf("99999999999.0"));
    assertEquals("version '99999999999.0' has a major number out of range", e.getMessage());
  }
}
