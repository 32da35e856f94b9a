package org.hesstrucks.plugin;

/**
 * What every plugin is: an id, a config type, and (in each kind's sub-interface) a factory.
 *
 * <p>Implementations need a public no-argument constructor (for {@link java.util.ServiceLoader}), are listed in
 * {@code META-INF/services/<kind interface>}, and ship a descriptor {@code plugin.properties} in their own
 * package (see {@link PluginDescriptor}). They hold no run state: the factory creates it.
 *
 * @param <C> the config record the harness binds from the plugin's block of the sweep file
 */
public interface Plugin<C extends Record> {
  /** The plugin's id, kebab-case ({@code newton-cg}); unique within its kind. */
  String id();

  /**
   * The record the sweep file's block is bound to. Optional components are boxed and defaulted in the
   * compact constructor; invalid values throw {@link org.hesstrucks.core.ConfigException}.
   */
  Class<C> configType();

  /** One line for {@code hesstrucks plugins}. */
  default String description() {
    return "";
  }
}
