package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hesstrucks.core.ConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MlpConfigTest {
  @Test
  @DisplayName("omitted fields take the documented defaults")
  void defaults() {
    MlpConfig c = MlpConfig.defaults();
    assertEquals(2, c.depth());
    assertEquals(List.of(64), c.width());
    assertEquals(64, c.hiddenWidth(1));
    assertEquals(Activation.TANH, c.activation());
    assertEquals(Loss.CROSS_ENTROPY, c.loss());
    assertEquals(Initialization.XAVIER, c.init());
    assertEquals(0.0, c.weightDecay());
    assertEquals(1, c.blasThreads());
    assertEquals(KernelChoice.AUTO, c.kernels());
  }

  @Test
  @DisplayName("per-layer widths are used layer by layer")
  void perLayerWidths() {
    MlpConfig c = new MlpConfig(3, List.of(8, 4, 2), null, null, null, null, null, null);
    assertEquals(8, c.hiddenWidth(0));
    assertEquals(2, c.hiddenWidth(2));
  }

  @Test
  @DisplayName("bad values are refused with the field, the expectation and the value")
  void badValues() {
    assertMessage("depth: expected an integer ≥ 0, got -1",
        () -> new MlpConfig(-1, null, null, null, null, null, null, null));
    assertMessage("width: expected a positive integer, got 0",
        () -> new MlpConfig(1, List.of(0), null, null, null, null, null, null));
    assertMessage("width[1]: expected a positive integer, got -3",
        () -> new MlpConfig(2, List.of(4, -3), null, null, null, null, null, null));
    assertMessage("width: expected one value or one per hidden layer (depth 2), got 3 values [3, 4, 5]",
        () -> new MlpConfig(2, List.of(3, 4, 5), null, null, null, null, null, null));
    assertMessage("weightDecay: expected a finite number ≥ 0, got -0.5",
        () -> MlpConfig.defaults().withWeightDecay(-0.5));
    assertMessage("weightDecay: expected a finite number ≥ 0, got NaN",
        () -> MlpConfig.defaults().withWeightDecay(Double.NaN));
    assertMessage("blasThreads: expected a positive integer, got 0",
        () -> new MlpConfig(null, null, null, null, null, null, 0, null));
    assertMessage("loss: expected one of cross-entropy, mse, got 'hinge'", () -> Loss.fromId("hinge"));
    assertMessage("init: expected one of xavier, he, got 'orthogonal'", () -> Initialization.fromId("orthogonal"));
    assertMessage("kernels: expected one of auto, openblas, java, got 'mkl'", () -> KernelChoice.fromId("mkl"));
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable action) {
    assertEquals(expected, assertThrows(ConfigException.class, action).getMessage());
  }
}
