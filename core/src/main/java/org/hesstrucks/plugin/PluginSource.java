package org.hesstrucks.plugin;

/**
 * Where {@link PluginCatalog} looks: a class loader and a label for messages.
 *
 * @param label what the user knows this source as (a jar, a folder, "class path")
 * @param loader the loader {@link java.util.ServiceLoader} searches
 * @param ownClassesOnly keep only providers whose class this loader itself defined. A plugin folder's loader
 *     delegates to its parent, so ServiceLoader over it also finds the class path's providers; without this
 *     filter every bundled plugin would be reported as a duplicate of itself.
 */
public record PluginSource(String label, ClassLoader loader, boolean ownClassesOnly) {
  /** The application class path. */
  public static PluginSource classPath() {
    return new PluginSource("class path", PluginSource.class.getClassLoader(), false);
  }
}
