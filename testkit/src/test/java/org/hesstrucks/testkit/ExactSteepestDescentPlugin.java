package org.hesstrucks.testkit;

import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;
import org.hesstrucks.optimizer.StepReport;

/** A correct fixture: steepest descent with the exact step gᵀg / gᵀHg on a quadratic. */
public final class ExactSteepestDescentPlugin implements OptimizerPlugin<ExactSteepestDescentPlugin.Config> {
  /** No options. */
  public record Config() {}

  @Override
  public String id() {
    return "exact-steepest-descent";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public int iterationBoundOnWellConditionedQuadratic() {
    return 200;
  }

  @Override
  public Optimizer create(Config config, OptimizerSetup setup) {
    double[] g = new double[setup.dimension()];
    double[] hg = new double[setup.dimension()];
    return (context, theta) -> {
      Objective f = context.objective();
      double value = f.valueAndGradient(theta, g);
      if (!Double.isFinite(value) || !Vectors.allFinite(g)) {
        return StepReport.failed(value, "not finite");
      }
      CurvatureOperator h = f.curvatureAt(theta, g, CurvatureMode.EXACT);
      h.apply(g, hg);
      double alpha = Vectors.dot(g, g) / Vectors.dot(g, hg);
      Vectors.axpy(-alpha, g, theta);
      return StepReport.taken(value, alpha);
    };
  }
}
