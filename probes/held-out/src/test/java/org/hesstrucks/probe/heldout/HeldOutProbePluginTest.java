package org.hesstrucks.probe.heldout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hesstrucks.model.Model;
import org.hesstrucks.plugin.PluginCatalog;
import org.hesstrucks.probe.ProbeContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HeldOutProbePluginTest {
  @Test
  @DisplayName("records exactly the model's held-out metrics at the probed parameters, in the model's order")
  void recordsHeldOutMetrics() {
    Model model = mock(Model.class);
    double[] theta = {1, 2, 3};
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("loss", 0.25);
    metrics.put("accuracy", 0.875);
    when(model.heldOutMetrics(theta)).thenReturn(metrics);
    Map<String, Object> values = new HeldOutProbePlugin().create(new HeldOutProbePlugin.Config())
        .measure(new ProbeContext(model, theta, 10, 1));
    verify(model).heldOutMetrics(theta);
    assertEquals(Map.of("loss", 0.25, "accuracy", 0.875), values);
    assertEquals("[loss, accuracy]", values.keySet().toString());
  }

  @Test
  @DisplayName("is found by ServiceLoader as 'held-out' with its version")
  void foundByServiceLoader() {
    assertEquals("0.1.0-SNAPSHOT", PluginCatalog.discoverClassPath().probe("held-out").version());
  }
}
