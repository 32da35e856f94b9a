package org.hesstrucks.model.quadratic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.hesstrucks.core.ConfigException;

/**
 * How the n eigenvalues of a quadratic are laid out over [1/κ, 1]. Every layout is deterministic (no random
 * draws), sorted ascending, and has exactly 1/κ (computed as {@code 1.0 / κ}) as its smallest and exactly 1 as
 * its largest eigenvalue, so λ_max = 1 and the condition number is κ, for n ≥ 2. A quadratic of dimension 1
 * has the single eigenvalue 1 whatever the layout. Spelled in kebab-case in sweep files.
 */
public enum Spectrum {
  /** λᵢ = 1/κ + i (1 − 1/κ)/(n − 1), i = 0 … n − 1: linearly spaced. */
  UNIFORM("uniform"),
  /** λᵢ = κ^(−(n − 1 − i)/(n − 1)): geometrically spaced, a constant ratio κ^(1/(n − 1)) between neighbours. */
  LOG_UNIFORM("log-uniform"),
  /**
   * Two clusters, like DeepOBS's {@code quadratic_deep} (90% of its eigenvalues in [0, 1], 10% in [30, 60]).
   * The lowest m = {@link #lowClusterSize(int, double) lowClusterSize(n, fraction)} eigenvalues are evenly
   * (linearly) spaced over the low cluster [1/κ, κ^(−3/4)], the other n − m evenly spaced over the high cluster
   * [κ^(−1/4), 1] at the top of the range: each cluster spans the outer quarter of the log range at its end
   * ({@link #CLUSTER_LOG_WIDTH}), with a gap of half the log range between them. A cluster of one eigenvalue
   * sits at its outer end (1/κ for the low one, 1 for the high one), so the spectrum always spans [1/κ, 1].
   */
  TWO_CLUSTERS("two-clusters");

  /** The share of the log range [log(1/κ), 0] each two-clusters cluster spans: a quarter. */
  public static final double CLUSTER_LOG_WIDTH = 0.25;

  private final String id;

  Spectrum(String id) {
    this.id = id;
  }

  /** The kebab-case name used in sweep files and results. */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Parses a kebab-case id (also accepts the constant's name in any case, like core's {@code CurvatureMode}).
   *
   * @throws ConfigException for field {@code spectrum}, naming the known ids
   */
  @JsonCreator
  public static Spectrum fromId(String id) {
    for (Spectrum spectrum : values()) {
      if (spectrum.id.equals(id) || spectrum.name().equals(id.replace('-', '_').toUpperCase(Locale.ROOT))) {
        return spectrum;
      }
    }
    throw new ConfigException("spectrum", "one of uniform, log-uniform, two-clusters", "'" + id + "'");
  }

  /**
   * The n eigenvalues of this layout, ascending.
   *
   * @param n the dimension, ≥ 1
   * @param conditionNumber κ ≥ 1, finite
   * @param lowClusterFraction the share of eigenvalues in the low cluster, in (0, 1); used by
   *     {@link #TWO_CLUSTERS} only
   * @return a new array of length n
   * @throws IllegalArgumentException for arguments out of range
   */
  public double[] eigenvalues(int n, double conditionNumber, double lowClusterFraction) {
    if (n < 1) {
      throw new IllegalArgumentException("dimension must be at least 1, got " + n);
    }
    if (!(conditionNumber >= 1) || Double.isInfinite(conditionNumber)) {
      throw new IllegalArgumentException("condition number must be finite and at least 1, got " + conditionNumber);
    }
    if (!(lowClusterFraction > 0 && lowClusterFraction < 1)) {
      throw new IllegalArgumentException("low-cluster fraction must be in (0, 1), got " + lowClusterFraction);
    }
    double[] lambda = new double[n];
    if (n == 1) {
      lambda[0] = 1;
      return lambda;
    }
    double smallest = 1.0 / conditionNumber;
    switch (this) {
      case UNIFORM:
        evenlySpaced(lambda, 0, n, smallest, 1);
        break;
      case LOG_UNIFORM:
        // StrictMath: the same bits on every JVM and platform, so an instance is the same problem everywhere.
        double logSmallest = -StrictMath.log(conditionNumber);
        for (int i = 0; i < n; i++) {
          lambda[i] = StrictMath.exp(logSmallest * ((double) (n - 1 - i) / (n - 1)));
        }
        lambda[0] = smallest;
        lambda[n - 1] = 1;
        break;
      case TWO_CLUSTERS:
        int low = lowClusterSize(n, lowClusterFraction);
        int high = n - low;
        if (low == 1) {
          lambda[0] = smallest;
        } else {
          evenlySpaced(lambda, 0, low, smallest, lowClusterTop(conditionNumber));
        }
        if (high == 1) {
          lambda[n - 1] = 1;
        } else {
          evenlySpaced(lambda, low, high, highClusterBottom(conditionNumber), 1);
        }
        break;
      default:
        throw new AssertionError(this);
    }
    return lambda;
  }

  /**
   * The number of eigenvalues in the low cluster of {@link #TWO_CLUSTERS}: {@code Math.round(fraction · n)}
   * (halves round up), kept in [1, n − 1] so that both clusters exist; 0 when n = 1.
   */
  public static int lowClusterSize(int n, double lowClusterFraction) {
    if (n == 1) {
      return 0;
    }
    long rounded = Math.round(lowClusterFraction * n);
    return (int) Math.max(1, Math.min(n - 1, rounded));
  }

  /** The upper edge κ^(−3/4) of the low cluster of {@link #TWO_CLUSTERS}. */
  public static double lowClusterTop(double conditionNumber) {
    return StrictMath.pow(conditionNumber, -(1 - CLUSTER_LOG_WIDTH));
  }

  /** The lower edge κ^(−1/4) of the high cluster of {@link #TWO_CLUSTERS}. */
  public static double highClusterBottom(double conditionNumber) {
    return StrictMath.pow(conditionNumber, -CLUSTER_LOG_WIDTH);
  }

  /** out[from + i] = first + i (last − first)/(count − 1) for i &lt; count, with both ends exact; count ≥ 2. */
  private static void evenlySpaced(double[] out, int from, int count, double first, double last) {
    double step = (last - first) / (count - 1);
    for (int i = 0; i < count; i++) {
      out[from + i] = first + step * i;
    }
    out[from] = first;
    out[from + count - 1] = last;
  }

  @Override
  public String toString() {
    return id;
  }
}
