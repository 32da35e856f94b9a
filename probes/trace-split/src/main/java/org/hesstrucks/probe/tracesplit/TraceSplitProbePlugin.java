package org.hesstrucks.probe.tracesplit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hesstrucks.analysis.CountingOperator;
import org.hesstrucks.analysis.probing.Checks;
import org.hesstrucks.analysis.probing.Measurement;
import org.hesstrucks.analysis.probing.ProbeBatches;
import org.hesstrucks.analysis.split.SplitSummary;
import org.hesstrucks.analysis.trace.Hutchinson;
import org.hesstrucks.analysis.trace.TraceEstimate;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.model.Model;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.probe.Probe;
import org.hesstrucks.probe.ProbePlugin;

/**
 * Registers the probe {@code trace-split}. Values: {@code traceH}, {@code traceHError}, {@code traceG},
 * {@code traceGError}, {@code traceS}, {@code traceSError} (standard errors), {@code probes},
 * {@code batchSize}, {@code products} (2 · probes, plus 2 · lanczosSteps when k > 0) and {@code seconds};
 * with k > 0 also {@code topH} and {@code topG} (descending), {@code angles} (principal angles in radians
 * between the two top-k eigenspaces, ascending) and {@code effectiveDimension} (N_eff for each configured
 * z); or {@code error}, e.g. for a model without a Gauss-Newton operator or k above the parameter count.
 */
public final class TraceSplitProbePlugin implements ProbePlugin<TraceSplitConfig> {
  @Override
  public String id() {
    return "trace-split";
  }

  @Override
  public Class<TraceSplitConfig> configType() {
    return TraceSplitConfig.class;
  }

  @Override
  public String description() {
    return "tr(H), tr(G) and tr(S) = tr(H − G) by paired Hutchinson probes";
  }

  /** Refuses k above the parameter count and a sample-count batch above the training set when the sweep is validated. */
  @Override
  public List<ConfigException> check(TraceSplitConfig config, int parameters, int trainingSize) {
    return Checks.against(config.k() > 0 ? config.k() : null, config.batch(), parameters, trainingSize);
  }

  @Override
  public Probe create(TraceSplitConfig config) {
    return context -> Measurement.guarded(() -> {
      Model model = context.model();
      Batch batch = ProbeBatches.select(config.batch(), model.trainingSize(), context.seed());
      CountingOperator h =
          new CountingOperator(model.curvatureAt(context.parameters(), batch, CurvatureMode.EXACT));
      CountingOperator g =
          new CountingOperator(model.curvatureAt(context.parameters(), batch, CurvatureMode.GAUSS_NEWTON));
      Map<String, Object> values = new LinkedHashMap<>();
      if (config.k() == 0) {
        Hutchinson.Paired paired = Hutchinson.paired(h, g, config.probes(), context.seed());
        putTraces(values, paired.first(), paired.second(), paired.difference());
      } else {
        Checks.eigenpairs(config.k(), model.dimension());
        double[] z = new double[config.effectiveDimensionZ().size()];
        for (int i = 0; i < z.length; i++) {
          z[i] = config.effectiveDimensionZ().get(i);
        }
        SplitSummary split = SplitSummary.compute(h, g, config.k(), config.lanczosSteps(), config.probes(), z,
            context.seed());
        putTraces(values, split.traceH(), split.traceG(), split.traceS());
        values.put("topH", split.topH());
        values.put("topG", split.topG());
        values.put("angles", split.angles());
        values.put("effectiveDimension", split.effectiveDimension());
      }
      values.put("probes", config.probes());
      values.put("batchSize", batch.size());
      values.put("products", h.products() + g.products());
      return values;
    });
  }

  private static void putTraces(Map<String, Object> values, TraceEstimate h, TraceEstimate g, TraceEstimate s) {
    values.put("traceH", h.value());
    values.put("traceHError", h.standardError());
    values.put("traceG", g.value());
    values.put("traceGError", g.standardError());
    values.put("traceS", s.value());
    values.put("traceSError", s.standardError());
  }
}
