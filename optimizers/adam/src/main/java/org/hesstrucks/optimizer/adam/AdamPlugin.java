package org.hesstrucks.optimizer.adam;

import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;

/** Registers {@link Adam} as the optimizer {@code adam}. */
public final class AdamPlugin implements OptimizerPlugin<AdamConfig> {
  public static final String ID = "adam";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<AdamConfig> configType() {
    return AdamConfig.class;
  }

  @Override
  public String description() {
    return "Adam (Kingma & Ba 2015) with bias correction, optional decoupled weight decay (AdamW) and a step-decay rate";
  }

  @Override
  public Optimizer create(AdamConfig config, OptimizerSetup setup) {
    return new Adam(config, setup.dimension());
  }

  /**
   * Adam has no closed-form rate to bound it with, so this is a measurement with a margin: with the paper's
   * defaults (α = 1e-3) the contract problem takes 9,297 steps (the rate is too small to travel the distance to
   * x* sooner; α = 0.1 takes 253). The contract problem and start are seeded, so the count is exact on a given
   * machine; the 7.5% margin covers changes in floating-point rounding, not in the method.
   */
  @Override
  public int iterationBoundOnWellConditionedQuadratic() {
    return 10_000;
  }
}
