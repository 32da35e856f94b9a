package org.hesstrucks.model.quadratic;

import org.hesstrucks.core.ConfigException;

/**
 * The quadratic's block of a sweep file: f(x) = ½ xᵀAx − bᵀx with A = Q diag(λ) Qᵀ and b = A x*.
 *
 * <p>Every component is optional: {@code null} (or an omitted field) takes the stated default. Invalid values
 * throw {@link ConfigException} naming the field. The instance (λ, Q, x*, b) depends on this config only, not on
 * the run seed, so every seed of a sweep cell solves the same problem from a different starting point.
 *
 * @param dimension n, the number of parameters; an integer ≥ 1, default 100
 * @param conditionNumber κ = λ_max/λ_min; a finite number ≥ 1, default 100. The eigenvalues span exactly
 *     [1/κ, 1] (for n ≥ 2), so λ_max = 1 and the condition number is exact.
 * @param spectrum how the eigenvalues are laid out over [1/κ, 1]: {@code "uniform"} (linearly spaced),
 *     {@code "log-uniform"} (geometrically spaced) or {@code "two-clusters"} (a low and a high cluster, see
 *     {@link Spectrum#TWO_CLUSTERS} for the exact placement); default {@code "log-uniform"}. Deterministic: no
 *     random draws.
 * @param lowClusterFraction the share of the eigenvalues in the low cluster of {@code "two-clusters"}
 *     (rounded to a count in [1, n − 1], see {@link Spectrum#lowClusterSize}); a number in (0, 1), default 0.9.
 *     Validated but unused by the other spectra.
 * @param instanceSeed fixes the rotation Q and the minimiser x* (standard normal entries), and with them b;
 *     any integer, default 1. Q and x* are drawn from separate streams derived from it, so x* does not depend
 *     on the rotation kind or the number of reflectors.
 * @param rotation the orthogonal Q: {@code "auto"} (dense when n ≤ {@value Rotation#AUTO_DENSE_LIMIT}, else
 *     householder), {@code "dense"} (Haar-random, O(n²) memory; n ≤ {@value Rotation#MAX_DENSE_DIMENSION}),
 *     {@code "householder"} (a product of {@code reflectors} Gaussian reflectors, O(kn) memory) or
 *     {@code "none"} (the identity, A diagonal); default {@code "auto"}
 * @param reflectors k, the number of Householder reflectors of the {@code "householder"} rotation; an integer
 *     ≥ 1, default 8. Validated but unused by the other rotations.
 */
public record QuadraticConfig(
    Integer dimension,
    Double conditionNumber,
    Spectrum spectrum,
    Double lowClusterFraction,
    Long instanceSeed,
    Rotation rotation,
    Integer reflectors) {

  public static final int DEFAULT_DIMENSION = 100;
  public static final double DEFAULT_CONDITION_NUMBER = 100;
  public static final Spectrum DEFAULT_SPECTRUM = Spectrum.LOG_UNIFORM;
  public static final double DEFAULT_LOW_CLUSTER_FRACTION = 0.9;
  public static final long DEFAULT_INSTANCE_SEED = 1;
  public static final Rotation DEFAULT_ROTATION = Rotation.AUTO;
  public static final int DEFAULT_REFLECTORS = 8;

  public QuadraticConfig {
    dimension = dimension == null ? DEFAULT_DIMENSION : ConfigException.requirePositive("dimension", dimension.intValue());
    conditionNumber = conditionNumber == null ? DEFAULT_CONDITION_NUMBER : atLeastOne(conditionNumber);
    spectrum = spectrum == null ? DEFAULT_SPECTRUM : spectrum;
    lowClusterFraction = lowClusterFraction == null ? DEFAULT_LOW_CLUSTER_FRACTION : fraction(lowClusterFraction);
    instanceSeed = instanceSeed == null ? DEFAULT_INSTANCE_SEED : instanceSeed;
    rotation = rotation == null ? DEFAULT_ROTATION : rotation;
    reflectors = reflectors == null ? DEFAULT_REFLECTORS
        : ConfigException.requirePositive("reflectors", reflectors.intValue());
    if (rotation == Rotation.DENSE && dimension > Rotation.MAX_DENSE_DIMENSION) {
      throw new ConfigException("rotation", "auto, householder or none when dimension > "
          + Rotation.MAX_DENSE_DIMENSION + " (a dense rotation stores dimension² numbers)",
          "dense with dimension " + dimension);
    }
  }

  /** Every field at its default. */
  public static QuadraticConfig defaults() {
    return new QuadraticConfig(null, null, null, null, null, null, null);
  }

  /** This config with another dimension. */
  public QuadraticConfig withDimension(int value) {
    return new QuadraticConfig(value, conditionNumber, spectrum, lowClusterFraction, instanceSeed, rotation, reflectors);
  }

  /** This config with another condition number. */
  public QuadraticConfig withConditionNumber(double value) {
    return new QuadraticConfig(dimension, value, spectrum, lowClusterFraction, instanceSeed, rotation, reflectors);
  }

  /** This config with another spectrum. */
  public QuadraticConfig withSpectrum(Spectrum value) {
    return new QuadraticConfig(dimension, conditionNumber, value, lowClusterFraction, instanceSeed, rotation, reflectors);
  }

  /** This config with another low-cluster fraction. */
  public QuadraticConfig withLowClusterFraction(double value) {
    return new QuadraticConfig(dimension, conditionNumber, spectrum, value, instanceSeed, rotation, reflectors);
  }

  /** This config with another instance seed. */
  public QuadraticConfig withInstanceSeed(long value) {
    return new QuadraticConfig(dimension, conditionNumber, spectrum, lowClusterFraction, value, rotation, reflectors);
  }

  /** This config with another rotation. */
  public QuadraticConfig withRotation(Rotation value) {
    return new QuadraticConfig(dimension, conditionNumber, spectrum, lowClusterFraction, instanceSeed, value, reflectors);
  }

  /** This config with another number of reflectors. */
  public QuadraticConfig withReflectors(int value) {
    return new QuadraticConfig(dimension, conditionNumber, spectrum, lowClusterFraction, instanceSeed, rotation, value);
  }

  private static double atLeastOne(double value) {
    if (!(value >= 1) || Double.isInfinite(value)) {
      throw new ConfigException("conditionNumber", "a finite number ≥ 1", value);
    }
    return value;
  }

  private static double fraction(double value) {
    if (!(value > 0 && value < 1)) {
      throw new ConfigException("lowClusterFraction", "a number in (0, 1)", value);
    }
    return value;
  }
}
