package org.hesstrucks.dataset.tabular;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hesstrucks.core.ConfigException;

/** The file format of the {@code tabular} plugin. Spelled in kebab-case in sweep files. */
public enum Format {
  /** Delimited text, one sample per line, the label in one column. */
  CSV("csv"),
  /** LIBSVM/SVMlight sparse text: {@code label index:value ...}, indices from 1. */
  LIBSVM("libsvm");

  private final String id;

  Format(String id) {
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
   * @throws ConfigException for field {@code format}, naming the known ids
   */
  @JsonCreator
  public static Format fromId(String id) {
    for (Format value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new ConfigException("format", "one of csv, libsvm", "'" + id + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}
