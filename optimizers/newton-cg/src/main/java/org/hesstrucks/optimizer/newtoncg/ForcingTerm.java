package org.hesstrucks.optimizer.newtoncg;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hesstrucks.core.ConfigException;

/**
 * How tightly the inner CG solves the Newton system: it stops once ‖r‖ &lt; εₖ, the forcing term, with
 * g = ∇f(θₖ). Spelled in kebab-case in sweep files.
 */
public enum ForcingTerm {
  /** εₖ = min(0.5, √‖g‖)·‖g‖: superlinear convergence (Nocedal &amp; Wright (7.3) with ηₖ = min(0.5, √‖g‖)). */
  SUPERLINEAR("superlinear"),
  /** εₖ = min(0.5, ‖g‖)·‖g‖: quadratic convergence near a nondegenerate minimiser, more CG work per step. */
  QUADRATIC("quadratic"),
  /** εₖ = η·‖g‖ with the fixed relative tolerance η = {@code forcingTolerance}: linear convergence at rate ~η. */
  FIXED("fixed");

  private final String id;

  ForcingTerm(String id) {
    this.id = id;
  }

  /** The kebab-case name. */
  @JsonValue
  public String id() {
    return id;
  }

  /** εₖ for a gradient of norm {@code gradientNorm}; {@code fixedTolerance} is used by {@link #FIXED} only. */
  public double tolerance(double gradientNorm, double fixedTolerance) {
    switch (this) {
      case SUPERLINEAR:
        return Math.min(0.5, Math.sqrt(gradientNorm)) * gradientNorm;
      case QUADRATIC:
        return Math.min(0.5, gradientNorm) * gradientNorm;
      default:
        return fixedTolerance * gradientNorm;
    }
  }

  /**
   * Parses a kebab-case id (also the constant's name in any case).
   *
   * @throws ConfigException naming the known ids
   */
  @JsonCreator
  public static ForcingTerm fromId(String id) {
    if (id != null) {
      for (ForcingTerm term : values()) {
        if (term.id.equals(id) || term.name().equals(id.replace('-', '_').toUpperCase(Locale.ROOT))) {
          return term;
        }
      }
    }
    throw new ConfigException("forcing", "one of " + known(), id == null ? null : "'" + id + "'");
  }

  private static String known() {
    return Arrays.stream(values()).map(ForcingTerm::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
