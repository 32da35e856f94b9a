package org.hesstrucks.optimizer;

import org.hesstrucks.plugin.Plugin;

/**
 * An optimization method, found by {@link java.util.ServiceLoader}.
 *
 * @param <C> the method's config record (hyperparameters, its {@code lineSearch} block)
 */
public interface OptimizerPlugin<C extends Record> extends Plugin<C> {
  /**
   * Creates one run's optimizer. Allocate every buffer here (the dimension is known); {@link Optimizer#step}
   * should not allocate.
   */
  Optimizer create(C config, OptimizerSetup setup);

  /**
   * The largest number of iterations the method needs to reach ‖∇f‖ ≤ 1e-6·‖∇f(x₀)‖ on the testkit's
   * 50-dimensional quadratic with condition number 10. The testkit's contract test holds the plugin to it.
   */
  default int iterationBoundOnWellConditionedQuadratic() {
    return 1000;
  }
}
