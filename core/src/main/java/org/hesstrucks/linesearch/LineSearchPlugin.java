package org.hesstrucks.linesearch;

import org.hesstrucks.plugin.Plugin;

/**
 * A line search as a plugin: optimizers name it by id in their {@code lineSearch} block.
 *
 * @param <C> the search's config record
 */
public interface LineSearchPlugin<C extends Record> extends Plugin<C> {
  /** Creates a search with {@code config}. Searches are stateless between calls and may be shared. */
  LineSearch create(C config);
}
