package org.hesstrucks.harness.run;

import java.nio.file.Path;

/**
 * What an executor needs to know about the sweep a cell belongs to.
 *
 * @param name the sweep's name
 * @param sweepFile the sweep as written next to the results (workers compile it again)
 * @param baseDirectory the original sweep file's folder, against which data paths resolve
 */
public record SweepContext(String name, Path sweepFile, Path baseDirectory) {}
