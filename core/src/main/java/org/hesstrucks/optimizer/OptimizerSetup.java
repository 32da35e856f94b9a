package org.hesstrucks.optimizer;

import org.hesstrucks.linesearch.LineSearch;
import org.hesstrucks.linesearch.LineSearchSpec;

/** What an optimizer may know when it is created. */
public interface OptimizerSetup {
  /** The number of parameters. */
  int dimension();

  /** The run's seed, for optimizers with randomness of their own. */
  long seed();

  /**
   * The line search a {@code lineSearch} block names, created by its plugin.
   *
   * @throws org.hesstrucks.plugin.PluginException if no line-search plugin has the spec's id
   * @throws org.hesstrucks.core.ConfigException if its options do not bind
   */
  LineSearch lineSearch(LineSearchSpec spec);
}
