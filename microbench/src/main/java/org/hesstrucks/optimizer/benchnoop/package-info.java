/**
 * The {@code bench-noop} optimizer: a benchmark fixture whose step is free, so that timing a cell measures
 * the harness alone.
 */
package org.hesstrucks.optimizer.benchnoop;
