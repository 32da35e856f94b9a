package org.hesstrucks.probe.nullspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hesstrucks.analysis.CountingOperator;
import org.hesstrucks.analysis.probing.Checks;
import org.hesstrucks.analysis.probing.Measurement;
import org.hesstrucks.analysis.probing.ProbeBatches;
import org.hesstrucks.analysis.spectrum.Eigenpairs;
import org.hesstrucks.analysis.spectrum.Lanczos;
import org.hesstrucks.analysis.spectrum.NumericalRank;
import org.hesstrucks.analysis.spectrum.Which;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.model.Model;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.probe.Probe;
import org.hesstrucks.probe.ProbePlugin;

/**
 * Registers the probe {@code null-space}. Values: {@code eigenvalues} (G's k largest, descending),
 * {@code rank} (how many exceed tolerance × the largest), {@code rankIsLowerBound} (true when all k do, so
 * the rank may be higher), {@code nullity} (parameters − rank, an upper bound when the rank is a lower
 * bound), {@code parameters}, {@code batchSize}, {@code products} (the Lanczos steps) and {@code seconds};
 * or {@code error}. Lanczos restarts after a breakdown (an invariant subspace), so a repeated zero
 * eigenvalue shows with its multiplicity and the rank is exact whenever it is below k.
 */
public final class NullSpaceProbePlugin implements ProbePlugin<NullSpaceConfig> {
  @Override
  public String id() {
    return "null-space";
  }

  @Override
  public Class<NullSpaceConfig> configType() {
    return NullSpaceConfig.class;
  }

  @Override
  public String description() {
    return "numerical rank and nullity of the Gauss-Newton matrix";
  }

  /** Refuses k above the parameter count and a sample-count batch above the training set when the sweep is validated. */
  @Override
  public List<ConfigException> check(NullSpaceConfig config, int parameters, int trainingSize) {
    return Checks.against(config.k(), config.batch(), parameters, trainingSize);
  }

  @Override
  public Probe create(NullSpaceConfig config) {
    return context -> Measurement.guarded(() -> {
      Model model = context.model();
      int n = model.dimension();
      Checks.eigenpairs(config.k(), n);
      Batch batch = ProbeBatches.select(config.batch(), model.trainingSize(), context.seed());
      CountingOperator op = new CountingOperator(model.curvatureAt(context.parameters(), batch, config.mode()));
      Lanczos run = Lanczos.run(op, config.lanczosSteps(), context.seed());
      Eigenpairs top = run.eigenpairs(Which.LARGEST, config.k());
      int rank = NumericalRank.of(top.values(), config.tolerance());
      boolean lowerBound = rank == top.count() && top.count() < n;
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("eigenvalues", top.values());
      values.put("rank", rank);
      values.put("rankIsLowerBound", lowerBound);
      values.put("nullity", n - rank);
      values.put("parameters", n);
      values.put("tolerance", config.tolerance());
      values.put("batchSize", batch.size());
      values.put("mode", config.mode().id());
      values.put("products", op.products());
      return values;
    });
  }
}
