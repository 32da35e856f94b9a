package org.hesstrucks.probe.spectraldensity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hesstrucks.analysis.CountingOperator;
import org.hesstrucks.analysis.probing.Checks;
import org.hesstrucks.analysis.probing.Measurement;
import org.hesstrucks.analysis.probing.ProbeBatches;
import org.hesstrucks.analysis.spectrum.SpectralDensity;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.model.Model;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.probe.Probe;
import org.hesstrucks.probe.ProbePlugin;

/**
 * Registers the probe {@code spectral-density}. Values: {@code grid}, {@code density}, {@code cumulative},
 * {@code nodes} and {@code weights} (the quadrature, from which any other smoothing can be redone),
 * {@code sigma}, {@code batchSize}, {@code products} (starts × steps, fewer after a breakdown) and
 * {@code seconds}; or {@code error}.
 */
public final class SpectralDensityProbePlugin implements ProbePlugin<SpectralDensityConfig> {
  @Override
  public String id() {
    return "spectral-density";
  }

  @Override
  public Class<SpectralDensityConfig> configType() {
    return SpectralDensityConfig.class;
  }

  @Override
  public String description() {
    return "curvature spectral density by stochastic Lanczos quadrature";
  }

  /** Refuses a sample-count batch above the training set when the sweep is validated. */
  @Override
  public List<ConfigException> check(SpectralDensityConfig config, int parameters, int trainingSize) {
    return Checks.against(null, config.batch(), parameters, trainingSize);
  }

  @Override
  public Probe create(SpectralDensityConfig config) {
    return context -> Measurement.guarded(() -> {
      Model model = context.model();
      Batch batch = ProbeBatches.select(config.batch(), model.trainingSize(), context.seed());
      CountingOperator op = new CountingOperator(model.curvatureAt(context.parameters(), batch, config.mode()));
      SpectralDensity.Result result = SpectralDensity.estimate(op, config.starts(), config.steps(), config.sigma(),
          config.gridPoints(), context.seed());
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("grid", result.grid());
      values.put("density", result.density());
      values.put("cumulative", result.cumulative());
      values.put("nodes", result.nodes());
      values.put("weights", result.weights());
      values.put("sigma", config.sigma());
      values.put("batchSize", batch.size());
      values.put("mode", config.mode().id());
      values.put("products", op.products());
      return values;
    });
  }
}
