package org.hesstrucks.probe;

import org.hesstrucks.plugin.Plugin;

/**
 * A measurement taken at checkpoints, found by {@link java.util.ServiceLoader}.
 *
 * @param <C> its config record
 */
public interface ProbePlugin<C extends Record> extends Plugin<C> {
  Probe create(C config);
}
