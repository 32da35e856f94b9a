package org.hesstrucks.probe.hessiantopk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.hesstrucks.analysis.dense.SymmetricEigen;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.mlp.fixtures.TinyMlp;
import org.hesstrucks.model.quadratic.QuadraticConfig;
import org.hesstrucks.model.quadratic.QuadraticModel;
import org.hesstrucks.plugin.PluginCatalog;
import org.hesstrucks.probe.ProbeContext;
import org.hesstrucks.testkit.CurvatureOnlyModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HessianTopKProbePluginTest {
  /** The bar: within 1e-8 ‖H‖₂ (‖H‖₂ = 1 for the quadratic model). */
  private static final double EIGENVALUE = 1e-8;
  /**
   * Ritz values converge like the square of the residual over the gap (|θ − λ| ≤ r²/gap), so residuals of
   * 1e-4 already give eigenvalues to ~1e-8 at the top gaps here (≈ 0.02).
   */
  private static final double RESIDUAL = 1e-4;

  private static Map<String, Object> measure(HessianTopKConfig config, Model model) {
    double[] theta = new double[model.dimension()];
    return new HessianTopKProbePlugin().create(config).measure(new ProbeContext(model, theta, 10, 3));
  }

  @Test
  @DisplayName("on the quadratic model (n = 200, κ = 100) the top-5 match its eigenvalues within 1e-8; products = steps + k")
  void quadratic() {
    QuadraticModel model = new QuadraticModel(QuadraticConfig.defaults().withDimension(200).withConditionNumber(100));
    double[] exact = model.eigenvalues();
    Map<String, Object> values = measure(new HessianTopKConfig(5, 40, null, null), model);
    double[] top = (double[]) values.get("eigenvalues");
    double[] residuals = (double[]) values.get("residuals");
    assertEquals(5, top.length);
    for (int i = 0; i < 5; i++) {
      assertEquals(exact[199 - i], top[i], EIGENVALUE, "eigenvalue " + i);
      assertTrue(residuals[i] < RESIDUAL, "residual " + i);
    }
    assertEquals(45L, values.get("products"));
    assertEquals(40, values.get("steps"));
    assertEquals(false, values.get("breakdown"));
    assertEquals("exact", values.get("mode"));
    assertTrue((Double) values.get("seconds") >= 0);
  }

  @Test
  @DisplayName("steps beyond the parameter count are clamped: n = 12 with 30 steps costs 12 + k and finds the smallest too")
  void clamped() {
    QuadraticModel model = new QuadraticModel(QuadraticConfig.defaults().withDimension(12).withConditionNumber(10));
    Map<String, Object> values = measure(new HessianTopKConfig(3, 30, null, null), model);
    assertEquals(15L, values.get("products"));
    double[] smallest = (double[]) values.get("smallest");
    assertEquals(0.1, smallest[0], EIGENVALUE);
  }

  @Test
  @DisplayName("k larger than the parameter count is an error value naming k, not an exception")
  void kTooLarge() {
    QuadraticModel model = new QuadraticModel(QuadraticConfig.defaults().withDimension(8));
    Map<String, Object> values = measure(new HessianTopKConfig(9, 20, null, null), model);
    assertEquals("k: 9 eigenpairs requested, the model has 8 parameters", values.get("error"));
  }

  @Test
  @DisplayName("a NaN product, an unsupported mode and a batch larger than the data become error values")
  void failures() {
    Model nan = new CurvatureOnlyModel(3, 10, Map.of(CurvatureMode.EXACT, CurvatureOnlyModel.diagonal(CurvatureMode.EXACT, 1,
        Double.NaN, 2)));
    assertEquals("operator product 1 is not finite", measure(new HessianTopKConfig(1, 2, null, null), nan).get("error"));
    assertEquals("no gauss-newton operator",
        measure(new HessianTopKConfig(1, 2, CurvatureMode.GAUSS_NEWTON, null), nan).get("error"));
    assertEquals("batch: 11 samples requested, the training set has 10",
        measure(new HessianTopKConfig(1, 2, null, 11), nan).get("error"));
  }

  @Test
  @DisplayName("a seeded batch of 4 from 10 samples is passed to the model, the same at every checkpoint")
  void batch() {
    int[] seen = new int[2];
    Model model = new CurvatureOnlyModel(3, 10, Map.of(CurvatureMode.EXACT, CurvatureOnlyModel.diagonal(CurvatureMode.EXACT, 1, 2,
        3))) {
      @Override
      public org.hesstrucks.curvature.CurvatureOperator curvatureAt(double[] x, org.hesstrucks.objective.Batch batch,
          CurvatureMode mode) {
        seen[0] = batch.size();
        seen[1] = 31 * seen[1] + batch.hashCode();
        return super.curvatureAt(x, batch, mode);
      }
    };
    Map<String, Object> values = measure(new HessianTopKConfig(2, 3, null, 4), model);
    assertEquals(4, seen[0]);
    assertEquals(4, values.get("batchSize"));
    int first = seen[1];
    seen[1] = 0;
    measure(new HessianTopKConfig(2, 3, null, 4), model);
    assertEquals(first, seen[1]);
  }

  @Test
  @DisplayName("bad options are refused with exact messages")
  void refused() {
    assertEquals("k: expected a positive integer, got 0",
        assertThrows(ConfigException.class, () -> new HessianTopKConfig(0, null, null, null)).getMessage());
    assertEquals("lanczosSteps: expected a positive integer, got 0",
        assertThrows(ConfigException.class, () -> new HessianTopKConfig(3, 0, null, null)).getMessage());
    assertEquals("lanczosSteps: expected an integer ≥ k = 5, got 3",
        assertThrows(ConfigException.class, () -> new HessianTopKConfig(5, 3, null, null)).getMessage());
    assertEquals("batch: expected \"full\" or a positive integer, got half",
        assertThrows(ConfigException.class, () -> new HessianTopKConfig(5, null, null, "half")).getMessage());
    assertEquals("batch: expected \"full\" or a positive integer, got 0",
        assertThrows(ConfigException.class, () -> new HessianTopKConfig(5, null, null, 0)).getMessage());
  }

  @Test
  @DisplayName("binds from a sweep block: defaults, kebab-case mode, integer batch; steps default max(2k, k + 20)")
  void binds() throws Exception {
    JsonNode block = ConfigBinder.mapper().readTree("{\"k\": 3, \"mode\": \"gauss-newton\", \"batch\": 64}");
    HessianTopKConfig config = ConfigBinder.bind(block, HessianTopKConfig.class, "$.probes[0]");
    assertEquals(new HessianTopKConfig(3, 23, CurvatureMode.GAUSS_NEWTON, 64), config);
    assertEquals(new HessianTopKConfig(10, 30, CurvatureMode.EXACT, "full"), HessianTopKConfig.defaults());
  }

  @Test
  @DisplayName("is found by ServiceLoader as 'hessian-top-k' with its version")
  void foundByServiceLoader() {
    assertEquals("0.1.0-SNAPSHOT", PluginCatalog.discoverClassPath().probe("hessian-top-k").version());
  }

  @Test
  @DisplayName("tiny MLP (31 parameters): Hessian and Gauss-Newton top-5 and bottom-5 match the dense eigendecomposition"
      + " within 1e-8·‖B‖₂")
  void tinyMlp() {
    org.hesstrucks.model.mlp.MlpModel model = TinyMlp.model();
    double[] x = TinyMlp.point(model);
    int n = model.dimension();
    assertEquals(31, n);
    for (CurvatureMode mode : new CurvatureMode[] {CurvatureMode.EXACT, CurvatureMode.GAUSS_NEWTON}) {
      double[] exact = SymmetricEigen.of(TinyMlp.dense(model, x, mode), n).values();
      double norm = Math.max(Math.abs(exact[0]), Math.abs(exact[n - 1]));
      Map<String, Object> values = new HessianTopKProbePlugin().create(new HessianTopKConfig(5, n, mode, null))
          .measure(new ProbeContext(model, x, 0, 4));
      double[] top = (double[]) values.get("eigenvalues");
      double[] smallest = (double[]) values.get("smallest");
      for (int i = 0; i < 5; i++) {
        assertEquals(exact[n - 1 - i], top[i], EIGENVALUE * norm, mode + " top " + i);
        assertEquals(exact[i], smallest[i], EIGENVALUE * norm, mode + " bottom " + i);
      }
      // Cross-entropy's softmax makes some directions null (a repeated eigenvalue 0): Lanczos breaks down and
      // restarts, so the count stays n + k and the zeros appear with their multiplicity.
      assertEquals(n, values.get("steps"));
      assertEquals((long) (n + 5), values.get("products"));
    }
  }

  @Test
  @DisplayName("check, at validation: k above the parameter count and a batch above the training set, each named")
  void checkAgainstModel() {
    HessianTopKProbePlugin plugin = new HessianTopKProbePlugin();
    java.util.List<String> problems = plugin.check(new HessianTopKConfig(11, null, null, 65), 10, 64).stream()
        .map(ConfigException::getMessage).toList();
    assertEquals(java.util.List.of("k: expected at most 10, the parameter count, got 11",
        "batch: expected at most 64, the training-set size, got 65"), problems);
    assertEquals(java.util.List.of(), plugin.check(new HessianTopKConfig(10, null, null, 64), 10, 64));
    assertEquals(java.util.List.of(), plugin.check(new HessianTopKConfig(10, null, null, "full"), 10, 64));
  }
}
