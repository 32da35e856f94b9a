package org.hesstrucks.dataset;

import java.io.IOException;
import org.hesstrucks.plugin.Plugin;

/**
 * A dataset loader or generator, found by {@link java.util.ServiceLoader}.
 *
 * @param <C> its config record (path, split, standardisation, ...)
 */
public interface DatasetPlugin<C extends Record> extends Plugin<C> {
  /**
   * Loads or generates the dataset.
   *
   * @throws IOException naming the file (and line or byte offset) when the data cannot be read
   */
  Dataset load(C config, DatasetContext context) throws IOException;

  /**
   * The {@link Dataset#identity()} that {@link #load} would give, for cell keys. The default loads the dataset;
   * a plugin overrides it when the identity is cheaper to compute (a generator's config, a hash of the file
   * bytes without parsing them), and must then return exactly what {@code load(config, context).identity()}
   * returns.
   *
   * @throws IOException as {@link #load} does
   */
  default String identity(C config, DatasetContext context) throws IOException {
    return load(config, context).identity();
  }
}
