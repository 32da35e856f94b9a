/**
 * The {@code bench-free} model: a benchmark fixture whose objective is free, so that timing a cell measures
 * the harness alone.
 */
package org.hesstrucks.model.benchfree;
