package org.hesstrucks.optimizer.sgd;

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

class SgdConfigTest {
  private static SgdConfig bind(String json) {
    return ConfigBinder.bind(ContractPlugins.json(json), SgdConfig.class, "$.optimizers[0]");
  }

  @Test
  @DisplayName("defaults: α = 0.01, no momentum, not Nesterov, no weight decay, a constant schedule")
  void defaults() {
    SgdConfig config = bind("{}");
    assertEquals(0.01, config.learningRate(), 0.0);
    assertEquals(0.0, config.momentum(), 0.0);
    assertEquals(false, config.nesterov());
    assertEquals(0.0, config.weightDecay(), 0.0);
    assertEquals(LearningRateSchedule.constant(), config.schedule());
    assertEquals(SgdConfig.defaults(), config);
  }

  @Test
  @DisplayName("a step schedule binds from {type, every, factor}")
  void stepScheduleBinds() {
    SgdConfig config = bind("{\"schedule\": {\"type\": \"step\", \"every\": 100, \"factor\": 0.1}}");
    assertEquals(LearningRateSchedule.step(100, 0.1), config.schedule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {"learningRate": -0.1}                     | $.optimizers[0].learningRate: expected a positive finite number, got -0.1
      {"learningRate": 0}                        | $.optimizers[0].learningRate: expected a positive finite number, got 0
      {"momentum": 1}                            | $.optimizers[0].momentum: expected a number in [0, 1), got 1
      {"momentum": 1.5}                          | $.optimizers[0].momentum: expected a number in [0, 1), got 1.5
      {"momentum": -0.1}                         | $.optimizers[0].momentum: expected a number in [0, 1), got -0.1
      {"nesterov": true}                         | $.optimizers[0].nesterov: expected false when momentum is 0 (Nesterov's method needs a momentum in (0, 1)), got true
      {"momentum": 0, "nesterov": true}          | $.optimizers[0].nesterov: expected false when momentum is 0 (Nesterov's method needs a momentum in (0, 1)), got true
      {"weightDecay": -1}                        | $.optimizers[0].weightDecay: expected a finite number ≥ 0, got -1
      {"schedule": {"type": "cosine"}}           | $.optimizers[0].schedule.type: expected one of 'constant', 'step', got 'cosine'
      {"schedule": {"type": "step"}}             | $.optimizers[0].schedule.every: expected a positive integer for a step schedule, got null
      {"schedule": {"type": "step", "every": 0, "factor": 0.1}}   | $.optimizers[0].schedule.every: expected a positive integer for a step schedule, got 0
      {"schedule": {"type": "step", "every": 10}}                 | $.optimizers[0].schedule.factor: expected a number in (0, 1) for a step schedule, got null
      {"schedule": {"type": "step", "every": 10, "factor": 1.5}}  | $.optimizers[0].schedule.factor: expected a number in (0, 1) for a step schedule, got 1.5
      {"schedule": {"type": "step", "every": 10, "factor": 1}}    | $.optimizers[0].schedule.factor: expected a number in (0, 1) for a step schedule, got 1
      {"schedule": {"every": 100}}               | $.optimizers[0].schedule.every: expected nothing for a constant schedule, got 100
      {"schedule": {"type": "constant", "factor": 0.5}}           | $.optimizers[0].schedule.factor: expected nothing for a constant schedule, got 0.5
      {"schedule": {"type": "step", "every": 2.5, "factor": 0.5}} | $.optimizers[0].schedule.every: expected an integer, got 2.5
      {"nesterov": "yes", "momentum": 0.9}       | $.optimizers[0].nesterov: expected true or false, got 'yes'
      {"lr": 0.1}                                | $.optimizers[0].lr: expected one of the fields learningRate, momentum, nesterov, schedule, weightDecay, got unknown field 'lr'
      """)
  @DisplayName("bad values are refused with the JSON path, what was expected and what was found")
  void refused(String json, String message) {
    ConfigException e = assertThrows(ConfigException.class, () -> bind(json));
    assertEquals(message, e.getMessage());
  }

  @Test
  @DisplayName("a bound config written back to JSON (as result files record it) binds to the same config")
  void roundTrip() throws Exception {
    for (String json : new String[] {"{}", "{\"learningRate\": 0.2, \"momentum\": 0.9, \"nesterov\": true, "
        + "\"weightDecay\": 1e-4, \"schedule\": {\"type\": \"step\", \"every\": 30, \"factor\": 0.1}}"}) {
      SgdConfig config = bind(json);
      SgdConfig again = ConfigBinder.bind(ConfigBinder.mapper().valueToTree(config), SgdConfig.class, "$.o");
      assertEquals(config, again, ConfigBinder.mapper().writeValueAsString(config));
    }
  }

  @Test
  @DisplayName("Nesterov with a positive momentum is accepted")
  void nesterovWithMomentum() {
    SgdConfig config = bind("{\"momentum\": 0.9, \"nesterov\": true}");
    assertEquals(true, config.nesterov());
    assertEquals(0.9, config.momentum(), 0.0);
  }
}
