package org.hesstrucks.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModelDefaultsTest {
  /** A model that implements only the abstract methods. */
  private static final Model BARE = new Model() {
    @Override
    public int dimension() {
      return 3;
    }

    @Override
    public int trainingSize() {
      return 1;
    }

    @Override
    public void initialParameters(long seed, double[] out) {
      java.util.Arrays.fill(out, 0);
    }

    @Override
    public Objective objective(Batch batch) {
      throw new UnsupportedOperationException("not needed here");
    }
  };

  @Test
  @DisplayName("a model without the hook offers no held-out predictions and no held-out metrics")
  void noPredictionsByDefault() {
    assertTrue(BARE.heldOutPredictions().isEmpty());
    assertEquals(Map.of(), BARE.heldOutMetrics(new double[3]));
  }
}
