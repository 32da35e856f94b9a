package org.hesstrucks.model.quadratic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class QuadraticConfigTest {
  private static final String PATH = "$.models[0]";

  @Test
  @DisplayName("every field has its stated default")
  void defaults() {
    QuadraticConfig config = new QuadraticConfig(null, null, null, null, null, null, null);
    assertEquals(100, config.dimension());
    assertEquals(100.0, config.conditionNumber());
    assertEquals(Spectrum.LOG_UNIFORM, config.spectrum());
    assertEquals(0.9, config.lowClusterFraction());
    assertEquals(1L, config.instanceSeed());
    assertEquals(Rotation.AUTO, config.rotation());
    assertEquals(8, config.reflectors());
    assertEquals(config, QuadraticConfig.defaults());
  }

  @Test
  @DisplayName("bad values name the field, what was expected and what was found")
  void badValues() {
    QuadraticConfig d = QuadraticConfig.defaults();
    refused("dimension", "dimension: expected a positive integer, got 0", () -> d.withDimension(0));
    refused("dimension", "dimension: expected a positive integer, got -3", () -> d.withDimension(-3));
    refused("conditionNumber", "conditionNumber: expected a finite number ≥ 1, got 0.5", () -> d.withConditionNumber(0.5));
    refused("conditionNumber", "conditionNumber: expected a finite number ≥ 1, got NaN",
        () -> d.withConditionNumber(Double.NaN));
    refused("conditionNumber", "conditionNumber: expected a finite number ≥ 1, got Infinity",
        () -> d.withConditionNumber(Double.POSITIVE_INFINITY));
    refused("reflectors", "reflectors: expected a positive integer, got 0", () -> d.withReflectors(0));
    refused("lowClusterFraction", "lowClusterFraction: expected a number in (0, 1), got 1.5",
        () -> d.withLowClusterFraction(1.5));
    refused("lowClusterFraction", "lowClusterFraction: expected a number in (0, 1), got 0",
        () -> d.withLowClusterFraction(0));
    refused("lowClusterFraction", "lowClusterFraction: expected a number in (0, 1), got 1",
        () -> d.withLowClusterFraction(1));
    refused("lowClusterFraction", "lowClusterFraction: expected a number in (0, 1), got NaN",
        () -> d.withLowClusterFraction(Double.NaN));
    refused("rotation", "rotation: expected auto, householder or none when dimension > 46340 "
        + "(a dense rotation stores dimension² numbers), got dense with dimension 50000",
        () -> d.withRotation(Rotation.DENSE).withDimension(50_000));
  }

  @Test
  @DisplayName("edge values are accepted")
  void edges() {
    QuadraticConfig config = QuadraticConfig.defaults().withDimension(1).withConditionNumber(1).withReflectors(1)
        .withLowClusterFraction(1e-9).withInstanceSeed(Long.MIN_VALUE);
    assertEquals(1, new QuadraticModel(config).dimension());
    assertEquals(Rotation.HOUSEHOLDER, Rotation.AUTO.resolve(2049));
    assertEquals(Rotation.DENSE, Rotation.AUTO.resolve(2048));
    assertEquals(Rotation.NONE, Rotation.NONE.resolve(2));
  }

  private static void refused(String field, String message, Executable build) {
    ConfigException e = assertThrows(ConfigException.class, build);
    assertEquals(message, e.getMessage());
    assertEquals(field, e.field());
  }

  private static QuadraticConfig bind(String json) throws Exception {
    JsonNode node = ConfigBinder.mapper().readTree(json);
    return ConfigBinder.bind(node, QuadraticConfig.class, PATH);
  }

  @Test
  @DisplayName("binding: omitted fields take their defaults, not 0; kebab-case ids parse")
  void binding() throws Exception {
    QuadraticConfig config = bind("{\"id\": \"quadratic\", \"dimension\": 20, \"spectrum\": \"log-uniform\"}");
    assertEquals(20, config.dimension());
    assertEquals(Spectrum.LOG_UNIFORM, config.spectrum());
    assertEquals(100.0, config.conditionNumber());
    assertEquals(0.9, config.lowClusterFraction());
    assertEquals(1L, config.instanceSeed());
    assertEquals(8, config.reflectors());
    assertEquals(Rotation.AUTO, config.rotation());

    QuadraticConfig all = bind("{\"dimension\": 7, \"conditionNumber\": 1e6, \"spectrum\": \"two-clusters\","
        + " \"lowClusterFraction\": 0.5, \"instanceSeed\": -4, \"rotation\": \"householder\", \"reflectors\": 3}");
    assertEquals(new QuadraticConfig(7, 1e6, Spectrum.TWO_CLUSTERS, 0.5, -4L, Rotation.HOUSEHOLDER, 3), all);
    assertEquals(Spectrum.UNIFORM, bind("{\"spectrum\": \"uniform\"}").spectrum());
    assertEquals(Rotation.DENSE, bind("{\"rotation\": \"dense\"}").rotation());
    assertEquals(Rotation.NONE, bind("{\"rotation\": \"none\"}").rotation());
    assertEquals(Rotation.AUTO, bind("{\"rotation\": \"auto\"}").rotation());
    assertEquals(QuadraticConfig.defaults(), bind("{}"));
  }

  @Test
  @DisplayName("binding both ways: a config written by Jackson binds back to itself, with kebab-case ids")
  void roundTrip() throws Exception {
    QuadraticConfig config = new QuadraticConfig(7, 1e6, Spectrum.TWO_CLUSTERS, 0.5, -4L, Rotation.HOUSEHOLDER, 3);
    String json = ConfigBinder.mapper().writeValueAsString(config);
    assertEquals("{\"dimension\":7,\"conditionNumber\":1000000.0,\"spectrum\":\"two-clusters\","
        + "\"lowClusterFraction\":0.5,\"instanceSeed\":-4,\"rotation\":\"householder\",\"reflectors\":3}", json);
    assertEquals(config, bind(json));
  }

  @Test
  @DisplayName("binding: an unknown field is refused at its JSON path")
  void unknownField() {
    ConfigException e = assertThrows(ConfigException.class, () -> bind("{\"dimesion\": 20}"));
    assertEquals("$.models[0].dimesion", e.field());
    assertEquals("$.models[0].dimesion: expected one of the fields conditionNumber, dimension, instanceSeed, "
        + "lowClusterFraction, reflectors, rotation, spectrum, got unknown field 'dimesion'", e.getMessage());
  }

  @Test
  @DisplayName("binding: bad values are reported at their JSON path")
  void badValuesAtPath() {
    ConfigException e = assertThrows(ConfigException.class, () -> bind("{\"dimension\": 0}"));
    assertEquals("$.models[0].dimension: expected a positive integer, got 0", e.getMessage());
    e = assertThrows(ConfigException.class, () -> bind("{\"conditionNumber\": 0.5}"));
    assertEquals("$.models[0].conditionNumber: expected a finite number ≥ 1, got 0.5", e.getMessage());
    e = assertThrows(ConfigException.class, () -> bind("{\"spectrum\": \"cubic\"}"));
    assertEquals("$.models[0].spectrum: expected one of uniform, log-uniform, two-clusters, got 'cubic'",
        e.getMessage());
    e = assertThrows(ConfigException.class, () -> bind("{\"rotation\": \"givens\"}"));
    assertEquals("$.models[0].rotation: expected one of auto, dense, householder, none, got 'givens'",
        e.getMessage());
    e = assertThrows(ConfigException.class, () -> bind("{\"dimension\": \"20\"}"));
    assertEquals("$.models[0].dimension", e.field());
  }
}
