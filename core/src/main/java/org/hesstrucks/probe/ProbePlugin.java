package org.hesstrucks.probe;

import java.util.List;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.plugin.Plugin;

/**
 * A measurement taken at checkpoints, found by {@link java.util.ServiceLoader}.
 *
 * @param <C> its config record
 */
public interface ProbePlugin<C extends Record> extends Plugin<C> {
  Probe create(C config);

  /**
   * What is wrong with {@code config} for one model of the sweep, checked when the sweep is validated (so that a
   * probe that cannot work is refused before anything runs, not recorded as an error at every checkpoint): for
   * example more eigenpairs than parameters, or a probe batch larger than the training set. Each problem names its
   * field as the config's component and says what was expected; the harness adds the block's JSON path and the
   * model. Default: none.
   *
   * @param parameters the model's parameter count
   * @param trainingSize its training-set size (1 for a model without data)
   */
  default List<ConfigException> check(C config, int parameters, int trainingSize) {
    return List.of();
  }
}
