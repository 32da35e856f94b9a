/**
 * What every part of Hess-Trucks shares: the SPI's version ({@link org.hesstrucks.core.Spi}) and the one
 * exception type for configuration mistakes ({@link org.hesstrucks.core.ConfigException}), which names the
 * field, what was expected and what was found, so the harness can prefix it with the file and JSON path.
 */
package org.hesstrucks.core;
