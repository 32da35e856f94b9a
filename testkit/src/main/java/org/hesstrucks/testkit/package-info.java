/**
 * Contract tests every plugin runs against itself, through the same path the harness uses: the plugin is
 * found by {@link java.util.ServiceLoader} under its id, its config is bound from JSON by
 * {@link org.hesstrucks.config.ConfigBinder}, and it is driven through the SPI only. Extend
 * {@link org.hesstrucks.testkit.OptimizerContract} or {@link org.hesstrucks.testkit.ModelContract} in a
 * plugin's tests; {@link org.hesstrucks.testkit.GradientCheck} is available on its own.
 */
package org.hesstrucks.testkit;
