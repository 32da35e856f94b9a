package org.hesstrucks.model.quadratic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.hesstrucks.core.ConfigException;

/**
 * The orthogonal matrix Q of A = Q diag(λ) Qᵀ, which sets how far the eigenvectors are from the coordinate axes
 * (and so how much a diagonal preconditioner such as Adam's can help). Spelled in kebab-case in sweep files.
 */
public enum Rotation {
  /** {@link #DENSE} when the dimension is at most {@link #AUTO_DENSE_LIMIT}, else {@link #HOUSEHOLDER}. */
  AUTO("auto"),
  /**
   * A Haar-random (uniformly distributed) orthogonal matrix: the Q factor of the Householder QR of an n × n
   * standard Gaussian matrix, with its columns' signs fixed so that R has a positive diagonal. Stored n × n:
   * building it costs O(n³) time, a product O(n²).
   */
  DENSE("dense"),
  /**
   * Q = H₁ H₂ ⋯ H_k with k reflectors Hᵢ = I − 2 uᵢuᵢᵀ/‖uᵢ‖², uᵢ standard Gaussian: O(kn) memory and time per
   * product, so n = 10⁶ fits. Q differs from I by a matrix of rank at most k, so most eigenvectors stay close
   * to coordinate axes: not Haar, a cheap rotation for large n.
   */
  HOUSEHOLDER("householder"),
  /** Q = I: A is diagonal. */
  NONE("none");

  /** The largest dimension {@link #AUTO} builds a dense rotation for (32 MiB for Q, seconds to build). */
  public static final int AUTO_DENSE_LIMIT = 2048;

  /** The largest dimension a dense rotation supports: n² must fit in one Java array. */
  public static final int MAX_DENSE_DIMENSION = 46_340;

  private final String id;

  Rotation(String id) {
    this.id = id;
  }

  /** The kebab-case name used in sweep files and results. */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Parses a kebab-case id (also accepts the constant's name in any case).
   *
   * @throws ConfigException for field {@code rotation}, naming the known ids
   */
  @JsonCreator
  public static Rotation fromId(String id) {
    for (Rotation rotation : values()) {
      if (rotation.id.equals(id) || rotation.name().equals(id.replace('-', '_').toUpperCase(Locale.ROOT))) {
        return rotation;
      }
    }
    throw new ConfigException("rotation", "one of auto, dense, householder, none", "'" + id + "'");
  }

  /** The concrete rotation for {@code dimension}: {@link #AUTO} resolved, any other kind itself. */
  public Rotation resolve(int dimension) {
    if (this != AUTO) {
      return this;
    }
    return dimension <= AUTO_DENSE_LIMIT ? DENSE : HOUSEHOLDER;
  }

  @Override
  public String toString() {
    return id;
  }
}
