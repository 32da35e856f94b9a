/**
 * The plugin SPI's common shape and its discovery. Every plugin kind ({@link org.hesstrucks.plugin.PluginKind})
 * is an interface extending {@link org.hesstrucks.plugin.Plugin}: a kebab-case id, a config record type and a
 * factory. {@link org.hesstrucks.plugin.PluginCatalog} finds plugins with {@link java.util.ServiceLoader} over
 * one or more class loaders, reads each plugin's {@link org.hesstrucks.plugin.PluginDescriptor}, refuses
 * plugins built against another SPI major and duplicate ids, and looks plugins up by id.
 */
package org.hesstrucks.plugin;
