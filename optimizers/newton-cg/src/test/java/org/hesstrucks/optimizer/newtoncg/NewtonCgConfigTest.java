package org.hesstrucks.optimizer.newtoncg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.linesearch.LineSearchFailurePolicy;
import org.hesstrucks.linesearch.LineSearchSpec;
import org.hesstrucks.testkit.ContractPlugins;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewtonCgConfigTest {
  private static NewtonCgConfig bind(String json) {
    return ConfigBinder.bind(ContractPlugins.json(json), NewtonCgConfig.class, "$.optimizer");
  }

  @Test
  @DisplayName("defaults: backtracking, exact curvature, superlinear forcing, no damping, stop on failure")
  void defaults() {
    NewtonCgConfig config = bind("{}");
    assertEquals(LineSearchSpec.backtracking(), config.lineSearch());
    assertEquals(CurvatureMode.EXACT, config.curvature());
    assertEquals(ForcingTerm.SUPERLINEAR, config.forcing());
    assertEquals(null, config.forcingTolerance());
    assertEquals(null, config.maxCgIterations());
    assertEquals(Damping.NONE, config.damping());
    assertEquals(0.0, config.lambda());
    assertEquals(LineSearchFailurePolicy.STOP, config.onLineSearchFailure());
    assertEquals(config, NewtonCgConfig.defaults());
  }

  @Test
  @DisplayName("kebab-case ids bind; forcingTolerance alone means fixed forcing; damping defaults λ to 1")
  void binds() {
    NewtonCgConfig config = bind("{\"curvature\": \"central-difference\", \"forcingTolerance\": 1e-3,"
        + " \"damping\": \"levenberg-marquardt\", \"onLineSearchFailure\": \"accept-last\", \"maxCgIterations\": 9}");
    assertEquals(CurvatureMode.CENTRAL_DIFFERENCE, config.curvature());
    assertEquals(ForcingTerm.FIXED, config.forcing());
    assertEquals(1e-3, config.forcingTolerance());
    assertEquals(Damping.LEVENBERG_MARQUARDT, config.damping());
    assertEquals(1.0, config.lambda());
    assertEquals(LineSearchFailurePolicy.ACCEPT_LAST, config.onLineSearchFailure());
    assertEquals(9, config.cgIterationCap(1000));
    assertEquals(0.1, bind("{\"forcing\": \"fixed\"}").forcingTolerance());
    assertEquals(1.0, bind("{\"damping\": \"fixed\"}").lambda());
  }

  @Test
  @DisplayName("the config round-trips through JSON (the harness writes it into results)")
  void roundTrip() throws JsonProcessingException {
    for (String json : new String[] {"{}", "{\"forcing\": \"quadratic\", \"damping\": \"fixed\", \"lambda\": 0.5,"
        + " \"curvature\": \"gauss-newton\", \"lineSearch\": {\"id\": \"strong-wolfe\", \"c2\": 0.5}}",
        "{\"forcingTolerance\": 1e-12, \"maxCgIterations\": 3, \"onLineSearchFailure\": \"reset-memory\"}"}) {
      NewtonCgConfig config = bind(json);
      String written = ConfigBinder.mapper().writeValueAsString(config);
      assertEquals(config, bind(written), written);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"lambda\": -1, \"damping\": \"fixed\"}|$.optimizer.lambda: expected a finite number ≥ 0, got -1",
      "{\"lambda\": -0.5}|$.optimizer.lambda: expected a finite number ≥ 0, got -0.5",
      "{\"lambda\": 0, \"damping\": \"levenberg-marquardt\"}|"
          + "$.optimizer.lambda: expected a positive number when damping is levenberg-marquardt, got 0",
      "{\"lambda\": 0.5}|$.optimizer.lambda: expected 0 or no value when damping is none (set damping to fixed or "
          + "levenberg-marquardt), got 0.5",
      "{\"maxCgIterations\": 0}|$.optimizer.maxCgIterations: expected a positive integer, got 0",
      "{\"maxCgIterations\": -4}|$.optimizer.maxCgIterations: expected a positive integer, got -4",
      "{\"forcingTolerance\": 0}|$.optimizer.forcingTolerance: expected a number in (0, 1), got 0",
      "{\"forcingTolerance\": -1e-3}|$.optimizer.forcingTolerance: expected a number in (0, 1), got -0.001",
      "{\"forcingTolerance\": 1}|$.optimizer.forcingTolerance: expected a number in (0, 1), got 1",
      "{\"forcing\": \"superlinear\", \"forcingTolerance\": 0.01}|$.optimizer.forcingTolerance: expected no value "
          + "unless forcing is fixed (forcing is superlinear), got 0.01",
      "{\"forcing\": \"cubic\"}|$.optimizer.forcing: expected one of superlinear, quadratic, fixed, got 'cubic'",
      "{\"damping\": \"tikhonov\"}|$.optimizer.damping: expected one of none, fixed, levenberg-marquardt, "
          + "got 'tikhonov'",
  })
  @DisplayName("bad values are refused, naming the field")
  void refused(String json, String message) {
    ConfigException e = assertThrows(ConfigException.class, () -> bind(json));
    assertEquals(message, e.getMessage());
  }

  @Test
  @DisplayName("an unknown curvature mode is refused with the known modes")
  void unknownCurvatureMode() {
    ConfigException e = assertThrows(ConfigException.class, () -> bind("{\"curvature\": \"hessian\"}"));
    assertEquals("$.optimizer.curvature: expected one of exact, gauss-newton, forward-difference, "
        + "central-difference, got 'hessian'", e.getMessage());
  }

  @Test
  @DisplayName("the plugin reports the curvature mode a config needs, for the harness's validation")
  void requiredModes() {
    assertEquals(java.util.Set.of(CurvatureMode.GAUSS_NEWTON),
        new NewtonCgPlugin().curvatureModes(bind("{\"curvature\": \"gauss-newton\"}")));
  }

  @Test
  @DisplayName("an unknown field is refused with the known fields")
  void unknownField() {
    ConfigException e = assertThrows(ConfigException.class, () -> bind("{\"memory\": 5}"));
    assertEquals("$.optimizer.memory: expected one of the fields curvature, damping, forcing, forcingTolerance, "
        + "lambda, lineSearch, maxCgIterations, onLineSearchFailure, got unknown field 'memory'", e.getMessage());
  }
}
