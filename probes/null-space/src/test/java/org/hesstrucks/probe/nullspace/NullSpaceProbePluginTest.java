package org.hesstrucks.probe.nullspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hesstrucks.testkit.CurvatureOnlyModel;
import java.util.Map;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.quadratic.QuadraticConfig;
import org.hesstrucks.model.quadratic.QuadraticModel;
import org.hesstrucks.plugin.PluginCatalog;
import org.hesstrucks.probe.ProbeContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NullSpaceProbePluginTest {
  private static Map<String, Object> measure(NullSpaceConfig config, Model model) {
    return new NullSpaceProbePlugin().create(config)
        .measure(new ProbeContext(model, new double[model.dimension()], 5, 29));
  }

  @Test
  @DisplayName("G = diag(5, 4, 3, 2, 1, 0, …) on n = 40: rank 5 exactly, nullity 35; restarts keep the 20 products")
  void rankFive() {
    double[] d = new double[40];
    for (int i = 0; i < 5; i++) {
      d[i] = 5 - i;
    }
    Model model = new CurvatureOnlyModel(40, 1, Map.of(CurvatureMode.GAUSS_NEWTON,
        CurvatureOnlyModel.diagonal(CurvatureMode.GAUSS_NEWTON, d)));
    Map<String, Object> values = measure(new NullSpaceConfig(10, 20, null, null, null), model);
    assertEquals(5, values.get("rank"));
    assertEquals(35, values.get("nullity"));
    assertEquals(false, values.get("rankIsLowerBound"));
    assertEquals(20L, values.get("products"));
    double[] top = (double[]) values.get("eigenvalues");
    assertArrayEquals(new double[] {5, 4, 3, 2, 1, 0, 0, 0, 0, 0}, top, 1e-12);
  }

  @Test
  @DisplayName("a full-rank quadratic (exact mode): all k = 5 count, the rank is a lower bound; products = steps")
  void fullRank() {
    QuadraticModel model = new QuadraticModel(QuadraticConfig.defaults().withDimension(30).withConditionNumber(10));
    Map<String, Object> values = measure(new NullSpaceConfig(5, 12, null, CurvatureMode.EXACT, null), model);
    assertEquals(5, values.get("rank"));
    assertEquals(true, values.get("rankIsLowerBound"));
    assertEquals(12L, values.get("products"));
  }

  @Test
  @DisplayName("k above the parameter count is an error value; bad options are refused with exact messages")
  void refused() {
    QuadraticModel model = new QuadraticModel(QuadraticConfig.defaults().withDimension(4));
    assertEquals("k: 5 eigenpairs requested, the model has 4 parameters",
        measure(new NullSpaceConfig(5, 8, null, CurvatureMode.EXACT, null), model).get("error"));
    assertEquals("k: expected a positive integer, got 0", assertThrows(ConfigException.class,
        () -> new NullSpaceConfig(0, null, null, null, null)).getMessage());
    assertEquals("lanczosSteps: expected an integer ≥ k = 5, got 2", assertThrows(ConfigException.class,
        () -> new NullSpaceConfig(5, 2, null, null, null)).getMessage());
    assertEquals("tolerance: expected a number in [0, 1), got 1", assertThrows(ConfigException.class,
        () -> new NullSpaceConfig(null, null, 1.0, null, null)).getMessage());
    assertEquals(new NullSpaceConfig(50, 100, 1e-6, CurvatureMode.GAUSS_NEWTON, "full"), NullSpaceConfig.defaults());
  }

  @Test
  @DisplayName("is found by ServiceLoader as 'null-space' with its version")
  void foundByServiceLoader() {
    assertEquals("0.1.0-SNAPSHOT", PluginCatalog.discoverClassPath().probe("null-space").version());
  }
}
