package org.hesstrucks.optimizer.newtoncg;

import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;

/** Registers {@link NewtonCg} as the optimizer {@code newton-cg}. */
public final class NewtonCgPlugin implements OptimizerPlugin<NewtonCgConfig> {
  public static final String ID = "newton-cg";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<NewtonCgConfig> configType() {
    return NewtonCgConfig.class;
  }

  @Override
  public String description() {
    return "Line-search Newton-CG, truncated Newton (Nocedal & Wright Algorithm 7.1; draft Algorithm 5)";
  }

  @Override
  public Optimizer create(NewtonCgConfig config, OptimizerSetup setup) {
    return new NewtonCg(config, setup.lineSearch(config.lineSearch()), setup.dimension());
  }

  /**
   * The curvature modes a run with {@code config} asks of its objective: the configured one. The harness can
   * refuse a sweep cell at validation when the model does not offer it (until then, the step fails naming the
   * offered modes).
   */
  public Set<CurvatureMode> curvatureModes(NewtonCgConfig config) {
    return Set.of(config.curvature());
  }

  /**
   * On a quadratic with κ = 10 the superlinear forcing term makes each step's error at most about
   * min(0.5, √‖g‖)·√κ of the last; the contract run (from ‖g₀‖ ≈ 10) needs 4 steps; 20 leaves room.
   */
  @Override
  public int iterationBoundOnWellConditionedQuadratic() {
    return 20;
  }
}
