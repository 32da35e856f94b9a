package org.hesstrucks.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {
  @Test
  @DisplayName("a step schedule multiplies by factor^⌊k/every⌋: 1 up to k = 99, 0.1 from 100, 0.01 from 200")
  void stepMultiplier() {
    LearningRateSchedule schedule = LearningRateSchedule.step(100, 0.1);
    assertEquals(1, schedule.multiplier(0), 0.0);
    assertEquals(1, schedule.multiplier(99), 0.0);
    assertEquals(0.1, schedule.multiplier(100), 0.0);
    assertEquals(0.1, schedule.multiplier(199), 0.0);
    assertEquals(0.01, schedule.multiplier(200), 1e-17); // 0.1² is 0.010000000000000002 in binary
    assertEquals(1e-10, schedule.multiplier(1000), 1e-25);
    assertEquals(0.5 * 0.1, schedule.rate(0.5, 150), 0.0);
  }

  @Test
  @DisplayName("a constant schedule keeps the rate at every iteration")
  void constantMultiplier() {
    LearningRateSchedule schedule = LearningRateSchedule.constant();
    assertEquals(1, schedule.multiplier(0), 0.0);
    assertEquals(1, schedule.multiplier(Long.MAX_VALUE), 0.0);
  }
}
