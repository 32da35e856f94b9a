/**
 * Running cells: {@link org.hesstrucks.harness.run.CellRunner} owns the optimization loop of one cell
 * (batches, steps, checkpoints on the full objective, budgets, stopping, divergence, telemetry, and SWA/SWAG
 * collection through {@code SwagRecorder}),
 * {@link org.hesstrucks.harness.run.ResultStore} writes each result atomically, and
 * {@link org.hesstrucks.harness.run.SweepRunner} runs the cells that have no result yet.
 */
package org.hesstrucks.harness.run;
