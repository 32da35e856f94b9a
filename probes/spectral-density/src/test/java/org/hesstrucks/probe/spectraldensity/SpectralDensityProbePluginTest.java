package org.hesstrucks.probe.spectraldensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hesstrucks.testkit.CurvatureOnlyModel;
import java.util.Map;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.quadratic.QuadraticConfig;
import org.hesstrucks.model.quadratic.QuadraticModel;
import org.hesstrucks.model.quadratic.Spectrum;
import org.hesstrucks.plugin.PluginCatalog;
import org.hesstrucks.probe.ProbeContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpectralDensityProbePluginTest {
  /** The bar for the cumulative distribution. */
  private static final double KOLMOGOROV = 0.05;

  private static Map<String, Object> measure(SpectralDensityConfig config, Model model) {
    return new SpectralDensityProbePlugin().create(config)
        .measure(new ProbeContext(model, new double[model.dimension()], 5, 23));
  }

  @Test
  @DisplayName("quadratic model, n = 400 uniform spectrum: CDF within Kolmogorov 0.05 of the eigenvalues' on a grid"
      + " coarser than σ; products = starts × steps")
  void quadratic() {
    QuadraticModel model = new QuadraticModel(QuadraticConfig.defaults().withDimension(400).withConditionNumber(100)
        .withSpectrum(Spectrum.UNIFORM));
    double sigma = 0.01;
    Map<String, Object> values = measure(new SpectralDensityConfig(8, 30, sigma, 60, null, null), model);
    double[] grid = (double[]) values.get("grid");
    double[] cumulative = (double[]) values.get("cumulative");
    assertTrue(grid[1] - grid[0] > sigma, "grid spacing " + (grid[1] - grid[0]));
    double[] lambda = model.eigenvalues();
    double distance = 0;
    for (int g = 0; g < grid.length; g++) {
      int below = 0;
      for (double l : lambda) {
        if (l <= grid[g]) {
          below++;
        }
      }
      distance = Math.max(distance, Math.abs(cumulative[g] - below / 400.0));
    }
    assertTrue(distance <= KOLMOGOROV, "Kolmogorov distance " + distance);
    assertEquals(240L, values.get("products"));
    assertEquals(60, ((double[]) values.get("density")).length);
  }

  @Test
  @DisplayName("a NaN product is an error value, not an exception")
  void nan() {
    Model model = new CurvatureOnlyModel(3, 1, Map.of(CurvatureMode.EXACT,
        CurvatureOnlyModel.diagonal(CurvatureMode.EXACT, 1, Double.NaN, 1)));
    assertEquals("operator product 1 is not finite", measure(SpectralDensityConfig.defaults(), model).get("error"));
  }

  @Test
  @DisplayName("zero steps or starts, σ ≤ 0 and a one-point grid are refused with exact messages")
  void refused() {
    assertEquals("steps: expected a positive integer, got 0", assertThrows(ConfigException.class,
        () -> new SpectralDensityConfig(null, 0, null, null, null, null)).getMessage());
    assertEquals("starts: expected a positive integer, got 0", assertThrows(ConfigException.class,
        () -> new SpectralDensityConfig(0, null, null, null, null, null)).getMessage());
    assertEquals("sigma: expected a positive finite number, got 0", assertThrows(ConfigException.class,
        () -> new SpectralDensityConfig(null, null, 0.0, null, null, null)).getMessage());
    assertEquals("sigma: expected a positive finite number, got -0.5", assertThrows(ConfigException.class,
        () -> new SpectralDensityConfig(null, null, -0.5, null, null, null)).getMessage());
    assertEquals("gridPoints: expected an integer ≥ 2, got 1", assertThrows(ConfigException.class,
        () -> new SpectralDensityConfig(null, null, null, 1, null, null)).getMessage());
  }

  @Test
  @DisplayName("is found by ServiceLoader as 'spectral-density' with its version")
  void foundByServiceLoader() {
    assertEquals("0.1.0-SNAPSHOT", PluginCatalog.discoverClassPath().probe("spectral-density").version());
  }

  @Test
  @DisplayName("check, at validation: a batch above the training set is refused; steps above n are clamped, not refused")
  void checkAgainstModel() {
    SpectralDensityProbePlugin plugin = new SpectralDensityProbePlugin();
    assertEquals(java.util.List.of("batch: expected at most 64, the training-set size, got 65"),
        plugin.check(new SpectralDensityConfig(null, 500, null, null, null, 65), 10, 64).stream()
            .map(ConfigException::getMessage).toList());
    assertEquals(java.util.List.of(), plugin.check(new SpectralDensityConfig(null, 500, null, null, null, 64), 10, 64));
  }
}
