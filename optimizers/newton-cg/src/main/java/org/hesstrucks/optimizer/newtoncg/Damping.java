package org.hesstrucks.optimizer.newtoncg;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hesstrucks.core.ConfigException;

/** How the Newton system is damped: CG solves (B + λI)p = −∇f. Spelled in kebab-case in sweep files. */
public enum Damping {
  /** λ = 0: the plain Newton system (the textbook Algorithm 7.1). */
  NONE("none"),
  /** λ fixed at the config's {@code lambda}. */
  FIXED("fixed"),
  /**
   * λ starts at the config's {@code lambda} and adapts after every step from ρ = actual / predicted decrease
   * (the Levenberg–Marquardt rule of Martens 2010, §4.1): ρ &lt; 1/4 multiplies λ by 3/2, ρ &gt; 3/4 by 2/3.
   */
  LEVENBERG_MARQUARDT("levenberg-marquardt");

  private final String id;

  Damping(String id) {
    this.id = id;
  }

  /** The kebab-case name. */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Parses a kebab-case id (also the constant's name in any case).
   *
   * @throws ConfigException naming the known ids
   */
  @JsonCreator
  public static Damping fromId(String id) {
    if (id != null) {
      for (Damping damping : values()) {
        if (damping.id.equals(id) || damping.name().equals(id.replace('-', '_').toUpperCase(Locale.ROOT))) {
          return damping;
        }
      }
    }
    throw new ConfigException("damping", "one of "
        + Arrays.stream(values()).map(Damping::id).collect(Collectors.joining(", ")),
        id == null ? null : "'" + id + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}
