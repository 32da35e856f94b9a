/**
 * Sweep files: parsing (JSON or YAML), binding of the harness-owned fields, expansion of grid axes inside
 * plugin blocks, validation of every plugin config before anything runs, and the resulting list of
 * {@link org.hesstrucks.harness.sweep.Cell}s (each with its {@link org.hesstrucks.harness.sweep.SwagPlan} when the
 * sweep has a {@code swag} block). Every problem is reported with the file and the JSON path.
 */
package org.hesstrucks.harness.sweep;
