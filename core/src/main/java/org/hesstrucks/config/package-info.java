/**
 * How a plugin's block of a sweep file becomes its config record: {@link org.hesstrucks.config.ConfigBinder}
 * binds a JSON tree with Jackson, refuses unknown fields and type mismatches, and reports every error as a
 * {@link org.hesstrucks.core.ConfigException} whose field is the JSON path ({@code $.optimizers[1].memory}).
 * The harness and the testkit bind through it, so a plugin behaves the same in both.
 */
package org.hesstrucks.config;
