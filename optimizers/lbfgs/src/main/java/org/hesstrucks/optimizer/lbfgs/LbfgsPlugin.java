package org.hesstrucks.optimizer.lbfgs;

import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;

/** Registers {@link Lbfgs} as the optimizer {@code lbfgs}. */
public final class LbfgsPlugin implements OptimizerPlugin<LbfgsConfig> {
  public static final String ID = "lbfgs";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<LbfgsConfig> configType() {
    return LbfgsConfig.class;
  }

  @Override
  public String description() {
    return "L-BFGS with the two-loop recursion and a strong-Wolfe line search (draft Algorithms 3 and 4;"
        + " Nocedal & Wright Algorithms 7.4 and 7.5)";
  }

  @Override
  public Optimizer create(LbfgsConfig config, OptimizerSetup setup) {
    return new Lbfgs(config, setup.lineSearch(config.lineSearch()), setup.dimension());
  }

  /**
   * On a quadratic with κ = 10, CG's error bound 2((√κ − 1)/(√κ + 1))^k reaches 1e-6 after about 22 iterations;
   * L-BFGS with inexact steps is close to it (measured on the contract problem: 21 iterations with m = 10 and
   * strong Wolfe, 23 with m = 5 and backtracking). The bound leaves room for other configurations.
   */
  @Override
  public int iterationBoundOnWellConditionedQuadratic() {
    return 40;
  }
}
