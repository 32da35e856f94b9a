package org.hesstrucks.probe.hessiantopk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hesstrucks.analysis.CountingOperator;
import org.hesstrucks.analysis.probing.Checks;
import org.hesstrucks.analysis.probing.Measurement;
import org.hesstrucks.analysis.probing.ProbeBatches;
import org.hesstrucks.analysis.spectrum.Eigenpairs;
import org.hesstrucks.analysis.spectrum.Lanczos;
import org.hesstrucks.analysis.spectrum.Which;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.model.Model;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.probe.Probe;
import org.hesstrucks.probe.ProbePlugin;

/**
 * Registers the probe {@code hessian-top-k}. Values: {@code eigenvalues} (the k largest, descending),
 * {@code residuals} (explicit ‖Bv − θv‖), {@code smallest} (the k smallest Ritz values, ascending: negative
 * curvature shows here, less converged than the top), {@code steps}, {@code breakdown}, {@code batchSize},
 * {@code products} (steps + k: one per Lanczos step and one per residual) and {@code seconds}; or
 * {@code error}.
 */
public final class HessianTopKProbePlugin implements ProbePlugin<HessianTopKConfig> {
  @Override
  public String id() {
    return "hessian-top-k";
  }

  @Override
  public Class<HessianTopKConfig> configType() {
    return HessianTopKConfig.class;
  }

  @Override
  public String description() {
    return "the k largest curvature eigenvalues by Lanczos, with residuals";
  }

  /** Refuses k above the parameter count and a sample-count batch above the training set when the sweep is validated. */
  @Override
  public List<ConfigException> check(HessianTopKConfig config, int parameters, int trainingSize) {
    return Checks.against(config.k(), config.batch(), parameters, trainingSize);
  }

  @Override
  public Probe create(HessianTopKConfig config) {
    return context -> Measurement.guarded(() -> {
      Model model = context.model();
      Checks.eigenpairs(config.k(), model.dimension());
      Batch batch = ProbeBatches.select(config.batch(), model.trainingSize(), context.seed());
      CountingOperator op = new CountingOperator(model.curvatureAt(context.parameters(), batch, config.mode()));
      Lanczos run = Lanczos.run(op, config.lanczosSteps(), context.seed());
      Eigenpairs top = run.eigenpairs(Which.LARGEST, config.k(), op);
      Eigenpairs bottom = run.eigenpairs(Which.SMALLEST, config.k());
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("eigenvalues", top.values());
      values.put("residuals", top.residuals());
      values.put("smallest", bottom.values());
      values.put("steps", run.steps());
      values.put("breakdown", run.breakdown());
      values.put("batchSize", batch.size());
      values.put("mode", config.mode().id());
      values.put("products", op.products());
      return values;
    });
  }
}
