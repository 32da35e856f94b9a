package org.hesstrucks.analysis.swag;

import java.util.SplittableRandom;
import org.hesstrucks.analysis.dense.Orthonormal;
import org.hesstrucks.analysis.dense.SymmetricEigen;
import org.hesstrucks.analysis.spectrum.PrincipalAngles;

/**
 * SWAG's Gaussian N(θ_SWA, scale · (Σ_diag + D Dᵀ / (K − 1))) frozen from a {@link SwagCollector}: the mean
 * θ_SWA, the diagonal variance Σ_diag, and the deviation matrix D (K columns, here rows of length n). With
 * scale = ½ this is Maddox et al. 2019's sampling rule θ = θ_SWA + (1/√2) Σ_diag^{1/2} z₁ + D z₂ / √(2(K − 1)).
 * With a single deviation (K = 1) the divisor K − 1 is taken as 1.
 */
public final class SwagPosterior {
  private final double[] mean;
  private final double[] variance;
  private final double[][] deviations;
  private final long snapshots;
  private SymmetricEigen gram;

  /**
   * @param mean θ_SWA; kept, not copied
   * @param variance Σ_diag, non-negative; kept, not copied
   * @param deviations the rows of D (each of length n); kept, not copied
   * @param snapshots how many snapshots made these statistics
   */
  public SwagPosterior(double[] mean, double[] variance, double[][] deviations, long snapshots) {
    if (variance.length != mean.length) {
      throw new IllegalArgumentException("variance has length " + variance.length + ", mean " + mean.length);
    }
    for (double[] d : deviations) {
      if (d.length != mean.length) {
        throw new IllegalArgumentException("a deviation has length " + d.length + ", mean " + mean.length);
      }
    }
    this.mean = mean;
    this.variance = variance;
    this.deviations = deviations;
    this.snapshots = snapshots;
  }

  /** θ_SWA. Not a copy: do not modify. */
  public double[] mean() {
    return mean;
  }

  /** Σ_diag. Not a copy: do not modify. */
  public double[] variance() {
    return variance;
  }

  /** The rows of D. Not a copy: do not modify. */
  public double[][] deviations() {
    return deviations;
  }

  /** The snapshots collected. */
  public long snapshots() {
    return snapshots;
  }

  /** K, the columns of D. */
  public int rank() {
    return deviations.length;
  }

  /** tr Σ_diag. */
  public double varianceSum() {
    double sum = 0;
    for (double v : variance) {
      sum += v;
    }
    return sum;
  }

  /**
   * Draws one sample θ = θ_SWA + √scale · (Σ_diag^{1/2} z₁ + D z₂ / √max(1, K − 1)) with z₁ ~ N(0, Iₙ) and
   * z₂ ~ N(0, I_K) from {@code random} (n Gaussians, then K). Allocates nothing.
   *
   * @param scale SWAG's covariance scale, positive
   * @param out length n; modified
   */
  public void sample(SplittableRandom random, double scale, double[] out) {
    int n = mean.length;
    double root = Math.sqrt(scale);
    for (int i = 0; i < n; i++) {
      out[i] = mean[i] + root * Math.sqrt(variance[i]) * random.nextGaussian();
    }
    double lowRank = root / Math.sqrt(Math.max(1, deviations.length - 1));
    for (double[] d : deviations) {
      double z = lowRank * random.nextGaussian();
      for (int i = 0; i < n; i++) {
        out[i] += z * d[i];
      }
    }
  }

  /** The squared singular values of D (the eigenvalues of DᵀD), descending; empty for K = 0. */
  public double[] deviationEnergy() {
    int k = deviations.length;
    double[] energy = new double[k];
    if (k == 0) {
      return energy;
    }
    SymmetricEigen eigen = gram();
    for (int j = 0; j < k; j++) {
      energy[j] = Math.max(0, eigen.value(k - 1 - j));
    }
    return energy;
  }

  /**
   * The leading r left singular vectors of D (uⱼ = D vⱼ / σⱼ from the eigenpairs of DᵀD), descending by
   * singular value: the top principal directions of the collected iterates. Directions with σ = 0 are
   * dropped, so fewer than r may be returned.
   *
   * @param r at most K
   */
  public double[][] topDirections(int r) {
    int k = deviations.length;
    if (r < 0 || r > k) {
      throw new IllegalArgumentException("r must be in [0, " + k + "], got " + r);
    }
    int n = mean.length;
    SymmetricEigen eigen = gram();
    double[][] out = new double[r][];
    int count = 0;
    for (int j = 0; j < r; j++) {
      int column = k - 1 - j;
      double[] u = new double[n];
      for (int c = 0; c < k; c++) {
        double weight = eigen.vector(c, column);
        double[] d = deviations[c];
        for (int i = 0; i < n; i++) {
          u[i] += weight * d[i];
        }
      }
      double norm = Orthonormal.norm(u);
      if (norm > 0) {
        for (int i = 0; i < n; i++) {
          u[i] /= norm;
        }
        out[count++] = u;
      }
    }
    return java.util.Arrays.copyOf(out, count);
  }

  /** An orthonormal basis Q_D of the span of D (QR by Gram–Schmidt twice), dependent columns dropped. */
  public double[][] orthonormalBasis() {
    return Orthonormal.basis(deviations, PrincipalAngles.DEPENDENT);
  }

  private SymmetricEigen gram() {
    if (gram == null) {
      int k = deviations.length;
      double[] g = new double[k * k];
      for (int a = 0; a < k; a++) {
        for (int b = 0; b <= a; b++) {
          double dot = Orthonormal.dot(deviations[a], deviations[b]);
          g[a * k + b] = dot;
          g[b * k + a] = dot;
        }
      }
      gram = SymmetricEigen.of(g, k);
    }
    return gram;
  }
}
