package org.example.hesstrucks.bb;

import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;

/** Registers the Barzilai-Borwein method as the optimizer {@code barzilai-borwein}. */
public final class BarzilaiBorweinPlugin implements OptimizerPlugin<BarzilaiBorweinConfig> {
  @Override
  public String id() {
    return "barzilai-borwein";
  }

  @Override
  public Class<BarzilaiBorweinConfig> configType() {
    return BarzilaiBorweinConfig.class;
  }

  @Override
  public String description() {
    return "Barzilai-Borwein spectral gradient with a non-monotone line search (example third-party plugin)";
  }

  @Override
  public Optimizer create(BarzilaiBorweinConfig config, OptimizerSetup setup) {
    return new BarzilaiBorwein(config, setup.dimension());
  }

  @Override
  public int iterationBoundOnWellConditionedQuadratic() {
    return 200;
  }
}
