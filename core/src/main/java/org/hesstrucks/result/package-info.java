/**
 * The result schema: one {@link org.hesstrucks.result.CellResult} per cell, written by the harness as one
 * JSON file and read by the report (and by anyone's scripts). Records with a
 * {@link org.hesstrucks.result.CellResult#SCHEMA_VERSION}; {@link org.hesstrucks.result.ResultJson} is the
 * mapper that reads and writes them (non-finite numbers as {@code null}).
 */
package org.hesstrucks.result;
