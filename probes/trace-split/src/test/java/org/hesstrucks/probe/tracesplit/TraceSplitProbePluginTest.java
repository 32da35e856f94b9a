package org.hesstrucks.probe.tracesplit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.mlp.fixtures.TinyMlp;
import org.hesstrucks.model.quadratic.QuadraticConfig;
import org.hesstrucks.model.quadratic.QuadraticModel;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.plugin.PluginCatalog;
import org.hesstrucks.probe.ProbeContext;
import org.hesstrucks.testkit.CurvatureOnlyModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TraceSplitProbePluginTest {
  private static Map<String, Object> measure(TraceSplitConfig config, Model model) {
    return new TraceSplitProbePlugin().create(config)
        .measure(new ProbeContext(model, new double[model.dimension()], 5, 17));
  }

  @Test
  @DisplayName("diagonal H and G: zᵀDz is exact, so tr(H), tr(G), tr(S) are exact with zero error; 2N products")
  void diagonal() {
    Model model = new CurvatureOnlyModel(4, 1, Map.of(
        CurvatureMode.EXACT, CurvatureOnlyModel.diagonal(CurvatureMode.EXACT, 3, -1, 2, 0.5),
        CurvatureMode.GAUSS_NEWTON, CurvatureOnlyModel.diagonal(CurvatureMode.GAUSS_NEWTON, 2.5, 0, 2, 1)));
    Map<String, Object> values = measure(new TraceSplitConfig(7, null), model);
    assertEquals(4.5, (Double) values.get("traceH"), 1e-14);
    assertEquals(5.5, (Double) values.get("traceG"), 1e-14);
    assertEquals(-1.0, (Double) values.get("traceS"), 1e-14);
    assertEquals(0.0, (Double) values.get("traceSError"), 1e-14);
    assertEquals(14L, values.get("products"));
    assertEquals(7, values.get("probes"));
  }

  @Test
  @DisplayName("rotated H from the quadratic model and G = H/2: every trace within 3 SE of Σλ and Σλ/2")
  void rotated() {
    QuadraticModel quadratic =
        new QuadraticModel(QuadraticConfig.defaults().withDimension(60).withConditionNumber(30));
    double exact = 0;
    for (double l : quadratic.eigenvalues()) {
      exact += l;
    }
    CurvatureOperator h = quadratic.curvatureAt(new double[60], Batch.full(1), CurvatureMode.EXACT);
    CurvatureOperator g = new CurvatureOperator() {
      @Override
      public int dimension() {
        return 60;
      }

      @Override
      public CurvatureMode mode() {
        return CurvatureMode.GAUSS_NEWTON;
      }

      @Override
      public void apply(double[] v, double[] out) {
        h.apply(v, out);
        for (int i = 0; i < 60; i++) {
          out[i] *= 0.5;
        }
      }
    };
    Model model = new CurvatureOnlyModel(60, 1, Map.of(CurvatureMode.EXACT, h, CurvatureMode.GAUSS_NEWTON, g));
    Map<String, Object> values = measure(new TraceSplitConfig(30, null), model);
    assertEquals(exact, (Double) values.get("traceH"), 3 * (Double) values.get("traceHError"));
    assertEquals(exact / 2, (Double) values.get("traceG"), 3 * (Double) values.get("traceGError"));
    assertEquals(exact / 2, (Double) values.get("traceS"), 3 * (Double) values.get("traceSError"));
    assertTrue((Double) values.get("traceSError") > 0);
    assertEquals(60L, values.get("products"));
  }

  @Test
  @DisplayName("the quadratic model has no Gauss-Newton operator: an error value naming the curvature, not an exception")
  void noGaussNewton() {
    QuadraticModel quadratic = new QuadraticModel(QuadraticConfig.defaults().withDimension(5));
    Map<String, Object> values = measure(TraceSplitConfig.defaults(), quadratic);
    assertTrue(((String) values.get("error")).startsWith("curvature: expected one of the modes"),
        (String) values.get("error"));
  }

  @Test
  @DisplayName("zero probes and a bad batch are refused with exact messages; defaults are 20 probes on the full set")
  void refused() {
    assertEquals("probes: expected a positive integer, got 0",
        assertThrows(ConfigException.class, () -> new TraceSplitConfig(0, null)).getMessage());
    assertEquals("batch: expected \"full\" or a positive integer, got -3",
        assertThrows(ConfigException.class, () -> new TraceSplitConfig(null, -3)).getMessage());
    assertEquals(new TraceSplitConfig(20, "full"), TraceSplitConfig.defaults());
  }

  @Test
  @DisplayName("is found by ServiceLoader as 'trace-split' with its version")
  void foundByServiceLoader() {
    assertEquals("0.1.0-SNAPSHOT", PluginCatalog.discoverClassPath().probe("trace-split").version());
  }

  @Test
  @DisplayName("tiny MLP (31 parameters): tr(H), tr(G), tr(S) within 3 SE of the dense traces")
  void tinyMlp() {
    org.hesstrucks.model.mlp.MlpModel model = TinyMlp.model();
    double[] x = TinyMlp.point(model);
    int n = model.dimension();
    double[] h = TinyMlp.dense(model, x, CurvatureMode.EXACT);
    double[] g = TinyMlp.dense(model, x, CurvatureMode.GAUSS_NEWTON);
    double trH = 0;
    double trG = 0;
    for (int i = 0; i < n; i++) {
      trH += h[i * n + i];
      trG += g[i * n + i];
    }
    Map<String, Object> values = new TraceSplitProbePlugin().create(new TraceSplitConfig(40, null))
        .measure(new ProbeContext(model, x, 0, 6));
    assertEquals(trH, (Double) values.get("traceH"), 3 * (Double) values.get("traceHError"));
    assertEquals(trG, (Double) values.get("traceG"), 3 * (Double) values.get("traceGError"));
    assertEquals(trH - trG, (Double) values.get("traceS"), 3 * (Double) values.get("traceSError"));
    assertTrue(Math.abs(trH - trG) > 1e-3 * Math.abs(trH), "S is not negligible at this point");
    assertEquals(80L, values.get("products"));
  }

  @Test
  @DisplayName("with k = 2: top eigenvalues of H and G, zero angles for shared eigenvectors, N_eff; 2N + 2m products")
  void topK() {
    Model model = new CurvatureOnlyModel(6, 1, Map.of(
        CurvatureMode.EXACT, CurvatureOnlyModel.diagonal(CurvatureMode.EXACT, 9, 4, 1, 0.5, 0.25, 0),
        CurvatureMode.GAUSS_NEWTON, CurvatureOnlyModel.diagonal(CurvatureMode.GAUSS_NEWTON, 8, 3, 1, 0.5, 0.25, 0)));
    Map<String, Object> values = measure(new TraceSplitConfig(5, 2, 6, java.util.List.of(1.0, 4.0), null), model);
    assertEquals(2.0, (Double) values.get("traceS"), 1e-13);
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {9, 4}, (double[]) values.get("topH"), 1e-12);
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {8, 3}, (double[]) values.get("topG"), 1e-12);
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0, 0}, (double[]) values.get("angles"), 1e-7);
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0.9 + 0.8, 9.0 / 13 + 0.5},
        (double[]) values.get("effectiveDimension"), 1e-12);
    assertEquals(2L * 5 + 2L * 6, values.get("products"));
  }

  @Test
  @DisplayName("k above the parameter count is an error value; k < 0, steps < k and z ≤ 0 are refused")
  void topKRefused() {
    Model model = new CurvatureOnlyModel(3, 1, Map.of(
        CurvatureMode.EXACT, CurvatureOnlyModel.diagonal(CurvatureMode.EXACT, 1, 2, 3),
        CurvatureMode.GAUSS_NEWTON, CurvatureOnlyModel.diagonal(CurvatureMode.GAUSS_NEWTON, 1, 2, 3)));
    assertEquals("k: 4 eigenpairs requested, the model has 3 parameters",
        measure(new TraceSplitConfig(5, 4, null, null, null), model).get("error"));
    assertEquals("k: expected an integer ≥ 0, got -1",
        assertThrows(ConfigException.class, () -> new TraceSplitConfig(5, -1, null, null, null)).getMessage());
    assertEquals("lanczosSteps: expected an integer ≥ k = 4, got 2",
        assertThrows(ConfigException.class, () -> new TraceSplitConfig(5, 4, 2, null, null)).getMessage());
    assertEquals("effectiveDimensionZ[1]: expected a positive finite number, got 0", assertThrows(
        ConfigException.class, () -> new TraceSplitConfig(5, 4, null, java.util.List.of(1.0, 0.0), null))
        .getMessage());
    assertEquals("effectiveDimensionZ: expected no values unless k > 0 (N_eff uses H's top k), got [1.0]",
        assertThrows(ConfigException.class, () -> new TraceSplitConfig(5, 0, null, java.util.List.of(1.0), null))
            .getMessage());
  }
}
