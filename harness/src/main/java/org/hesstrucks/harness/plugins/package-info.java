/**
 * Plugin loading for the harness: {@link org.hesstrucks.harness.plugins.PluginFolders} turns
 * {@code --plugins DIR} into one class loader per bare jar or subfolder (parent-first, so core and Jackson are
 * shared), and {@link org.hesstrucks.harness.plugins.HarnessModule} discovers the plugins and binds them with
 * Guice, into maps keyed by id.
 */
package org.hesstrucks.harness.plugins;
