package org.hesstrucks.dataset.tabular;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hesstrucks.core.ConfigException;

/** Whether and how a CSV file starts with a header line. Spelled in kebab-case in sweep files. */
public enum Header {
  /**
   * Column names when a feature cell of the first line is not a number (the label cell does not count: class names
   * are often words) or when the label column is given by name, else no header; a held-out file follows the
   * training file.
   */
  AUTO("auto"),
  /** No header: every line is a sample. */
  NONE("none"),
  /** The first line names the columns. */
  NAMES("names"),
  /**
   * The header of scikit-learn's bundled CSV files: sample count, feature count, then (optionally) the class
   * names, with the label in the last column.
   */
  SKLEARN("sklearn");

  private final String id;

  Header(String id) {
    this.id = id;
  }

  /** The kebab-case name used in sweep files. */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Parses a kebab-case id.
   *
   * @throws ConfigException for field {@code header}, naming the known ids
   */
  @JsonCreator
  public static Header fromId(String id) {
    for (Header value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new ConfigException("header", "one of auto, none, names, sklearn", "'" + id + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}
