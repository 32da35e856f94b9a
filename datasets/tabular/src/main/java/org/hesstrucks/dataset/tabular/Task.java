package org.hesstrucks.dataset.tabular;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hesstrucks.core.ConfigException;

/** What the label column holds. Spelled in kebab-case in sweep files. */
public enum Task {
  /** Class labels, remapped to 0 … k − 1 (numbers in numeric order, other labels in string order). */
  CLASSIFICATION("classification"),
  /** One real target per sample. */
  REGRESSION("regression");

  private final String id;

  Task(String id) {
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
   * @throws ConfigException for field {@code task}, naming the known ids
   */
  @JsonCreator
  public static Task fromId(String id) {
    for (Task value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new ConfigException("task", "one of classification, regression", "'" + id + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}
