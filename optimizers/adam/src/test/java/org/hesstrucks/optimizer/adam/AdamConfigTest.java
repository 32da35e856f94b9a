package org.hesstrucks.optimizer.adam;

import org.hesstrucks.optimizer.LearningRateSchedule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.testkit.ContractPlugins;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdamConfigTest {
  private static AdamConfig bind(String json) {
    return ConfigBinder.bind(ContractPlugins.json(json), AdamConfig.class, "$.optimizers[0]");
  }

  @Test
  @DisplayName("defaults are the paper's: α = 1e-3, β₁ = 0.9, β₂ = 0.999, ε = 1e-8; no decay; constant rate")
  void defaults() {
    AdamConfig config = bind("{}");
    assertEquals(1e-3, config.learningRate(), 0.0);
    assertEquals(0.9, config.beta1(), 0.0);
    assertEquals(0.999, config.beta2(), 0.0);
    assertEquals(1e-8, config.epsilon(), 0.0);
    assertEquals(0.0, config.weightDecay(), 0.0);
    assertEquals(LearningRateSchedule.constant(), config.schedule());
    assertEquals(AdamConfig.defaults(), config);
  }

  @Test
  @DisplayName("β = 0 is accepted (no averaging)")
  void zeroBetas() {
    AdamConfig config = bind("{\"beta1\": 0, \"beta2\": 0}");
    assertEquals(0.0, config.beta1(), 0.0);
    assertEquals(0.0, config.beta2(), 0.0);
  }

  @Test
  @DisplayName("a bound config written back to JSON (as result files record it) binds to the same config")
  void roundTrip() throws Exception {
    for (String json : new String[] {"{}", "{\"learningRate\": 0.01, \"beta1\": 0.8, \"beta2\": 0.99, "
        + "\"epsilon\": 1e-6, \"weightDecay\": 0.01, \"schedule\": {\"type\": \"step\", \"every\": 30, \"factor\": 0.1}}"}) {
      AdamConfig config = bind(json);
      AdamConfig again = ConfigBinder.bind(ConfigBinder.mapper().valueToTree(config), AdamConfig.class, "$.o");
      assertEquals(config, again, ConfigBinder.mapper().writeValueAsString(config));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {"learningRate": -0.001}              | $.optimizers[0].learningRate: expected a positive finite number, got -0.001
      {"beta1": 1}                          | $.optimizers[0].beta1: expected a number in [0, 1), got 1
      {"beta1": -0.1}                       | $.optimizers[0].beta1: expected a number in [0, 1), got -0.1
      {"beta2": 1.5}                        | $.optimizers[0].beta2: expected a number in [0, 1), got 1.5
      {"beta2": 1}                          | $.optimizers[0].beta2: expected a number in [0, 1), got 1
      {"epsilon": 0}                        | $.optimizers[0].epsilon: expected a positive finite number, got 0
      {"epsilon": -1e-8}                    | $.optimizers[0].epsilon: expected a positive finite number, got -1.0E-8
      {"weightDecay": -0.01}                | $.optimizers[0].weightDecay: expected a finite number ≥ 0, got -0.01
      {"schedule": {"type": "linear"}}      | $.optimizers[0].schedule.type: expected one of 'constant', 'step', got 'linear'
      {"schedule": {"type": "step", "every": -5, "factor": 0.5}} | $.optimizers[0].schedule.every: expected a positive integer for a step schedule, got -5
      {"schedule": {"type": "step", "every": 5, "factor": 0}}    | $.optimizers[0].schedule.factor: expected a number in (0, 1) for a step schedule, got 0
      {"beta": 0.9}                         | $.optimizers[0].beta: expected one of the fields beta1, beta2, epsilon, learningRate, schedule, weightDecay, got unknown field 'beta'
      """)
  @DisplayName("bad values are refused with the JSON path, what was expected and what was found")
  void refused(String json, String message) {
    ConfigException e = assertThrows(ConfigException.class, () -> bind(json));
    assertEquals(message, e.getMessage());
  }
}
