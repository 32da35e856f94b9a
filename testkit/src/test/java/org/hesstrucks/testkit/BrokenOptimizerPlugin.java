package org.hesstrucks.testkit;

import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;
import org.hesstrucks.optimizer.StepReport;

/**
 * A broken fixture the contract must catch: it steps along −g with a fixed step and never checks for
 * non-finite values, so a NaN objective poisons θ; with step 1e-3 it is also far too slow.
 */
public final class BrokenOptimizerPlugin implements OptimizerPlugin<BrokenOptimizerPlugin.Config> {
  /** No options. */
  public record Config() {}

  @Override
  public String id() {
    return "broken";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public Optimizer create(Config config, OptimizerSetup setup) {
    double[] g = new double[setup.dimension()];
    return (context, theta) -> {
      double value = context.objective().valueAndGradient(theta, g);
      for (int i = 0; i < theta.length; i++) {
        theta[i] -= 1e-3 * g[i];
      }
      return StepReport.taken(value, 1e-3);
    };
  }
}
