package org.hesstrucks.model;

import org.hesstrucks.plugin.Plugin;

/**
 * A family of models (quadratics, MLPs), found by {@link java.util.ServiceLoader}.
 *
 * @param <C> the family's config record (dimension, depth, width, ...)
 */
public interface ModelPlugin<C extends Record> extends Plugin<C> {
  /**
   * Creates a model.
   *
   * @throws org.hesstrucks.core.ConfigException if the config does not fit the dataset
   */
  Model create(C config, ModelContext context);

  /** True when the model needs a dataset (an MLP); false for functions without data (a quadratic). */
  default boolean requiresDataset() {
    return false;
  }
}
