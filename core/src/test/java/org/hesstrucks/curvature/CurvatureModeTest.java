package org.hesstrucks.curvature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.result.ResultJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CurvatureModeTest {
  @Test
  @DisplayName("fromId reads every kebab-case id")
  void kebabIds() {
    assertSame(CurvatureMode.EXACT, CurvatureMode.fromId("exact"));
    assertSame(CurvatureMode.GAUSS_NEWTON, CurvatureMode.fromId("gauss-newton"));
    assertSame(CurvatureMode.FORWARD_DIFFERENCE, CurvatureMode.fromId("forward-difference"));
    assertSame(CurvatureMode.CENTRAL_DIFFERENCE, CurvatureMode.fromId("central-difference"));
    for (CurvatureMode mode : CurvatureMode.values()) {
      assertSame(mode, CurvatureMode.fromId(mode.id()));
      assertEquals(mode.id(), mode.toString());
    }
  }

  @Test
  @DisplayName("fromId also reads the constant's name in any case, with '_' or '-'")
  void constantNames() {
    assertSame(CurvatureMode.GAUSS_NEWTON, CurvatureMode.fromId("GAUSS_NEWTON"));
    assertSame(CurvatureMode.GAUSS_NEWTON, CurvatureMode.fromId("gauss_newton"));
    assertSame(CurvatureMode.CENTRAL_DIFFERENCE, CurvatureMode.fromId("Central-Difference"));
    assertSame(CurvatureMode.EXACT, CurvatureMode.fromId("EXACT"));
  }

  @Test
  @DisplayName("an unknown id names every known id, in declaration order")
  void unknownId() {
    ConfigException e = assertThrows(ConfigException.class, () -> CurvatureMode.fromId("hessian"));
    assertEquals("curvature: expected one of exact, gauss-newton, forward-difference, central-difference, got "
        + "'hessian'", e.getMessage());
  }

  @Test
  @DisplayName("only the two difference modes are finite-difference modes")
  void finiteDifferenceModes() {
    assertTrue(CurvatureMode.FORWARD_DIFFERENCE.isFiniteDifference());
    assertTrue(CurvatureMode.CENTRAL_DIFFERENCE.isFiniteDifference());
    assertFalse(CurvatureMode.EXACT.isFiniteDifference());
    assertFalse(CurvatureMode.GAUSS_NEWTON.isFiniteDifference());
  }

  @Test
  @DisplayName("Jackson reads \"gauss-newton\" into GAUSS_NEWTON and writes it back as \"gauss-newton\"")
  void jacksonRoundTrip() throws Exception {
    for (ObjectMapper mapper : new ObjectMapper[] {new ObjectMapper(), ConfigBinder.mapper(), ResultJson.mapper()}) {
      assertSame(CurvatureMode.GAUSS_NEWTON, mapper.readValue("\"gauss-newton\"", CurvatureMode.class));
      assertEquals("\"gauss-newton\"", mapper.writeValueAsString(CurvatureMode.GAUSS_NEWTON));
      assertEquals("\"central-difference\"", mapper.writeValueAsString(CurvatureMode.CENTRAL_DIFFERENCE));
    }
  }

  @Test
  @DisplayName("a missing mode lists the known ids instead of a NullPointerException")
  void nullId() {
    ConfigException e = assertThrows(ConfigException.class, () -> CurvatureMode.fromId(null));
    assertEquals("curvature: expected one of exact, gauss-newton, forward-difference, central-difference, got nothing",
        e.getMessage());
  }
}
