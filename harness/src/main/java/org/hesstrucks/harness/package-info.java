/**
 * The harness: reads a sweep file, expands it into cells, runs each cell's optimization loop with budgets,
 * stopping and tracing that are the same for every optimizer, stores one result file per cell, and writes
 * the report. Plugins reach it only through {@link java.util.ServiceLoader}; it never imports a plugin class.
 */
package org.hesstrucks.harness;
