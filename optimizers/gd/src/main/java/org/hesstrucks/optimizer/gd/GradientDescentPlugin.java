package org.hesstrucks.optimizer.gd;

import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;

/** Registers {@link GradientDescent} as the optimizer {@code gd}. */
public final class GradientDescentPlugin implements OptimizerPlugin<GradientDescentConfig> {
  public static final String ID = "gd";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<GradientDescentConfig> configType() {
    return GradientDescentConfig.class;
  }

  @Override
  public String description() {
    return "Gradient descent with a line search (draft Algorithm 2)";
  }

  @Override
  public Optimizer create(GradientDescentConfig config, OptimizerSetup setup) {
    return new GradientDescent(config, setup.lineSearch(config.lineSearch()), setup.dimension());
  }

  /**
   * With an Armijo search, GD's error contracts by about 1 − 1/κ per step; κ = 10 and a 1e-6 reduction
   * take about 14·κ·ln(10) ≈ 140 steps with exact steps, so 500 leaves room for backtracking.
   */
  @Override
  public int iterationBoundOnWellConditionedQuadratic() {
    return 500;
  }
}
