package org.hesstrucks.report;

/**
 * A file in {@code cells/} that is not a usable cell result; the report lists it under "Problems".
 *
 * @param fileName the file's name inside {@code cells/}
 * @param error what is wrong, with the line and column for a parse error
 */
public record UnreadableFile(String fileName, String error) {}
