package org.hesstrucks.model.mlp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hesstrucks.core.ConfigException;

/**
 * How initial weights are drawn from the run seed (biases start at zero). Spelled in kebab-case in sweep files.
 */
public enum Initialization {
  /** Xavier/Glorot uniform: U(−a, a) with a = √(6 / (fan_in + fan_out)) (Glorot and Bengio, 2010). */
  XAVIER("xavier"),
  /** He/Kaiming normal: N(0, 2 / fan_in) (He et al., 2015), for ReLU networks. */
  HE("he");

  private final String id;

  Initialization(String id) {
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
   * @throws ConfigException for field {@code init}, naming the known ids
   */
  @JsonCreator
  public static Initialization fromId(String id) {
    for (Initialization init : values()) {
      if (init.id.equals(id)) {
        return init;
      }
    }
    throw new ConfigException("init", "one of xavier, he", "'" + id + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}
