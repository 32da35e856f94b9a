package org.hesstrucks.optimizer.eigennewton;

import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;

/** Registers {@link EigenNewton} as the optimizer {@code eigen-newton}. */
public final class EigenNewtonPlugin implements OptimizerPlugin<EigenNewtonConfig> {
  public static final String ID = "eigen-newton";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<EigenNewtonConfig> configType() {
    return EigenNewtonConfig.class;
  }

  @Override
  public String description() {
    return "Eigenspace Newton: Newton on the top-k |λ| Hessian eigenspace (Lanczos), 1/|λ_{k+1}| gradient elsewhere";
  }

  @Override
  public Optimizer create(EigenNewtonConfig config, OptimizerSetup setup) {
    return new EigenNewton(config, setup.lineSearch(config.lineSearch()), setup.dimension(), setup.seed());
  }

  /**
   * On the contract's log-spaced spectrum in [1, 10] (n = 50) the top 10 are handled by Newton and the rest by
   * a gradient step with η = 1/λ₁₁ ≈ 1/6.2, which contracts the remainder by at most 1 − 1/6.2 per step: a
   * 1e-6 reduction in about 80 steps; 200 leaves room for backtracking and Ritz error.
   */
  @Override
  public int iterationBoundOnWellConditionedQuadratic() {
    return 200;
  }
}
