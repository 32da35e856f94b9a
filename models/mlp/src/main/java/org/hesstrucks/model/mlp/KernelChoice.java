package org.hesstrucks.model.mlp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hesstrucks.core.ConfigException;

/** Which dense kernels a model uses. Spelled in kebab-case in sweep files. */
public enum KernelChoice {
  /** OpenBLAS when its native library loads on this machine, else plain Java loops. */
  AUTO("auto"),
  /** OpenBLAS; creating the model fails when its native library does not load. */
  OPENBLAS("openblas"),
  /** The cache-tiled pure-Java kernel (about a third of OpenBLAS's speed on one core; the same results to rounding). */
  JAVA("java");

  private final String id;

  KernelChoice(String id) {
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
   * @throws ConfigException for field {@code kernels}, naming the known ids
   */
  @JsonCreator
  public static KernelChoice fromId(String id) {
    for (KernelChoice choice : values()) {
      if (choice.id.equals(id)) {
        return choice;
      }
    }
    throw new ConfigException("kernels", "one of auto, openblas, java", "'" + id + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}
