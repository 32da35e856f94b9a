package org.hesstrucks.optimizer.sgd;

import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;

/** Registers {@link StochasticGradientDescent} as the optimizer {@code sgd}. */
public final class SgdPlugin implements OptimizerPlugin<SgdConfig> {
  public static final String ID = "sgd";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<SgdConfig> configType() {
    return SgdConfig.class;
  }

  @Override
  public String description() {
    return "Stochastic gradient descent with optional heavy-ball or Nesterov momentum and a step-decay rate";
  }

  @Override
  public Optimizer create(SgdConfig config, OptimizerSetup setup) {
    return new StochasticGradientDescent(config, setup.dimension());
  }

  /**
   * The bound of the default configuration (α = 0.01, no momentum). On the contract quadratic (eigenvalues in
   * [1, 10]) each eigencomponent of the gradient contracts by |1 − αλ| ≤ 1 − α = 0.99 per step, so
   * ‖g_k‖ ≤ 0.99^k‖g₀‖ and ‖g‖ ≤ 1e-6‖g₀‖ holds after ⌈ln 1e6 / −ln 0.99⌉ = 1375 steps. Larger stable rates and
   * the momentum settings of the contract tests need far fewer (their own tests assert tighter counts).
   */
  @Override
  public int iterationBoundOnWellConditionedQuadratic() {
    return 1375;
  }
}
