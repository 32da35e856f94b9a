package org.hesstrucks.optimizer.benchnoop;

import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;
import org.hesstrucks.optimizer.StepReport;

/**
 * Optimizer {@code bench-noop}: a step that does nothing and costs nothing (no evaluation, no allocation: the
 * one {@link StepReport} it returns is made in {@link #create}). For measuring the harness's own cost per
 * iteration; never use it to optimize anything.
 */
public final class BenchNoopPlugin implements OptimizerPlugin<BenchNoopPlugin.Config> {
  /** The plugin's id. */
  public static final String ID = "bench-noop";

  /** No options. */
  public record Config() {}

  /** For ServiceLoader. */
  public BenchNoopPlugin() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public String description() {
    return "benchmark fixture: a step that does nothing";
  }

  @Override
  public Optimizer create(Config config, OptimizerSetup setup) {
    StepReport report = StepReport.taken(1.0, 0.0);
    return (context, theta) -> report;
  }
}
