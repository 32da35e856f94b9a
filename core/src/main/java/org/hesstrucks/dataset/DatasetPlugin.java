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
}
