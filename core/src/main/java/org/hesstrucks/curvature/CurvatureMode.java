package org.hesstrucks.curvature;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hesstrucks.core.ConfigException;

/** Which curvature a {@link CurvatureOperator} applies. Spelled in kebab-case in sweep files. */
public enum CurvatureMode {
  /** The exact Hessian H(x) (Pearlmutter's R-operator for networks, the matrix itself for quadratics). */
  EXACT("exact"),
  /** The Gauss-Newton matrix G = Jᵀ H_L J, positive semi-definite for convex losses. */
  GAUSS_NEWTON("gauss-newton"),
  /** (∇f(x + h d) − ∇f(x)) / h: one gradient per product once ∇f(x) is known. */
  FORWARD_DIFFERENCE("forward-difference"),
  /** (∇f(x + h d) − ∇f(x − h d)) / 2h: two gradients per product, second-order accurate. */
  CENTRAL_DIFFERENCE("central-difference");

  private final String id;

  CurvatureMode(String id) {
    this.id = id;
  }

  /** The kebab-case name used in sweep files and results. */
  @JsonValue
  public String id() {
    return id;
  }

  /** True for the two finite-difference modes, which every objective offers. */
  public boolean isFiniteDifference() {
    return this == FORWARD_DIFFERENCE || this == CENTRAL_DIFFERENCE;
  }

  /**
   * Parses a kebab-case id (also accepts the constant's name in any case).
   *
   * @throws ConfigException naming the known ids
   */
  @JsonCreator
  public static CurvatureMode fromId(String id) {
    String known = Arrays.stream(values()).map(CurvatureMode::id).collect(Collectors.joining(", "));
    if (id == null) {
      throw new ConfigException("curvature", "one of " + known, "nothing");
    }
    for (CurvatureMode mode : values()) {
      if (mode.id.equals(id) || mode.name().equalsIgnoreCase(id.replace('-', '_').toUpperCase(Locale.ROOT))) {
        return mode;
      }
    }
    throw new ConfigException("curvature", "one of " + known, "'" + id + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}
