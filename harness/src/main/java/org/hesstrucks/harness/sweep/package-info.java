/**
 * Sweep files: parsing (JSON or YAML), binding of the harness-owned fields, expansion of grid axes inside
 * plugin blocks, validation of every plugin config before anything runs, and the resulting list of
 * {@link org.hesstrucks.harness.sweep.Cell}s. Every problem is reported with the file and the JSON path.
 */
package org.hesstrucks.harness.sweep;
