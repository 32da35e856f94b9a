package org.hesstrucks.dataset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data file that cannot be used: names the file, where in it (a line, a column or a byte offset), what was
 * expected and what was found, e.g. {@code data/train.csv: line 4: expected 5 cells (as in line 1), got 4}.
 */
public class DataFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String location;

  /**
   * @param file the file at fault
   * @param location where in it: {@code "line 4"}, {@code "line 3, column 2 ('width')"}, {@code "byte 16"}
   * @param expected what a valid file has there
   * @param actual what was found, rendered for a person
   */
  public DataFormatException(Path file, String location, String expected, String actual) {
    super(file + ": " + location + ": expected " + expected + ", got " + actual);
    this.file = file;
    this.location = location;
  }

  /** The same, with the exception that revealed the problem (a gzip stream that ends early, for instance). */
  public DataFormatException(Path file, String location, String expected, String actual, Throwable cause) {
    this(file, location, expected, actual);
    initCause(cause);
  }

  /** The file at fault. */
  public Path file() {
    return file;
  }

  /** Where in the file: a line, a column or a byte offset. */
  public String location() {
    return location;
  }
}
