package org.hesstrucks.dataset;

import java.nio.file.Path;

/**
 * What a dataset loader may use.
 *
 * @param baseDirectory relative paths in the config resolve against it (the sweep file's folder)
 */
public record DatasetContext(Path baseDirectory) {}
