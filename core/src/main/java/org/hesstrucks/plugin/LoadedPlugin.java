package org.hesstrucks.plugin;

/**
 * A plugin found by {@link PluginCatalog}, with its kind, descriptor and where it came from.
 *
 * @param <P> the kind's SPI interface
 */
public record LoadedPlugin<P extends Plugin<?>>(PluginKind kind, P plugin, PluginDescriptor descriptor, String source) {
  public String id() {
    return plugin.id();
  }

  public String version() {
    return descriptor.version();
  }
}
