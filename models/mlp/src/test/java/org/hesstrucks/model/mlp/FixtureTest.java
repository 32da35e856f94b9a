package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loss, gradient, exact Hessian-vector and Gauss-Newton-vector products against PyTorch's, from
 * {@code src/test/fixtures/generate_fixtures.py} (tanh and ReLU, both losses, depth 1 and 2, with and without
 * weight decay), on both kernel implementations. ReLU's kinks make finite differences meaningless, so this is its
 * check.
 */
class FixtureTest {
  /** Both sides are float64 with different summation orders: agreement to about 1e-15 is expected. */
  private static final double TOLERANCE = 1e-10;

  static List<Arguments> cases() throws IOException {
    JsonNode root;
    try (InputStream in = FixtureTest.class.getResourceAsStream("/fixtures/mlp-fixtures.json")) {
      root = new ObjectMapper().readTree(in);
    }
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      for (KernelChoice kernels : new KernelChoice[] {KernelChoice.AUTO, KernelChoice.JAVA}) {
        cases.add(Arguments.of(c.get("name").asText(), kernels, c));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}, {1} kernels")
  @MethodSource("cases")
  @DisplayName("loss, gradient, exact and Gauss-Newton products match PyTorch's to 1e-10 relative")
  void matchesPyTorch(String name, KernelChoice kernels, JsonNode c) {
    int[] sizes = ints(c.get("sizes"));
    int rows = c.get("features").size() / sizes[0];
    int outputs = sizes[sizes.length - 1];
    Loss loss = Loss.fromId(c.get("loss").asText());
    DataSplit split = loss == Loss.CROSS_ENTROPY
        ? new DataSplit(rows, sizes[0], doubles(c.get("features")), ints(c.get("labels")), null, 0)
        : new DataSplit(rows, sizes[0], doubles(c.get("features")), null, doubles(c.get("targets")), outputs);
    Nets.MemoryDataset data = new Nets.MemoryDataset(name, loss == Loss.CROSS_ENTROPY ? outputs : 0, split, split);
    List<Integer> widths = new ArrayList<>();
    for (int i = 1; i < sizes.length - 1; i++) {
      widths.add(sizes[i]);
    }
    MlpConfig config = Nets.config(widths, Activation.fromId(c.get("activation").asText()), loss,
        c.get("weightDecay").asDouble()).withKernels(kernels);
    MlpModel model = new MlpModel(config, data);
    assertEquals(c.get("parameters").size(), model.dimension(), "parameter count");

    Objective f = model.objective(Batch.full(rows));
    double[] x = doubles(c.get("parameters"));
    double[] v = doubles(c.get("direction"));
    double[] g = new double[x.length];
    double value = f.valueAndGradient(x, g);
    double[] hv = new double[x.length];
    f.curvatureAt(x, CurvatureMode.EXACT).apply(v, hv);
    double[] gv = new double[x.length];
    f.curvatureAt(x, CurvatureMode.GAUSS_NEWTON).apply(v, gv);

    assertTrue(Nets.relativeError(value, c.get("value").asDouble()) < TOLERANCE, "loss " + value);
    assertTrue(Nets.relativeError(f.value(x), c.get("value").asDouble()) < TOLERANCE, "value()");
    assertClose("gradient", g, doubles(c.get("gradient")));
    assertClose("Hessian-vector product", hv, doubles(c.get("hessianVector")));
    assertClose("Gauss-Newton product", gv, doubles(c.get("gaussNewtonVector")));
  }

  /** Normwise and, on the scale of the largest entry, elementwise relative agreement. */
  private static void assertClose(String what, double[] actual, double[] expected) {
    double error = Nets.relativeError(actual, expected);
    assertTrue(error < TOLERANCE, what + ": relative error " + error);
    double scale = 0;
    for (double e : expected) {
      scale = Math.max(scale, Math.abs(e));
    }
    for (int i = 0; i < expected.length; i++) {
      assertTrue(Math.abs(actual[i] - expected[i]) <= TOLERANCE * scale,
          what + "[" + i + "]: " + actual[i] + " vs " + expected[i]);
    }
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  private static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }
}
