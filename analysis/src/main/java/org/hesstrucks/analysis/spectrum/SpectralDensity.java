package org.hesstrucks.analysis.spectrum;

import java.util.SplittableRandom;
import org.hesstrucks.analysis.Rademacher;
import org.hesstrucks.curvature.CurvatureOperator;

/**
 * The spectral density of a symmetric operator by stochastic Lanczos quadrature (Lin, Saad and Yang 2016;
 * Ghorbani, Krishnan and Xiao 2019): for each of several Rademacher starts z, m Lanczos steps give Gauss
 * quadrature nodes θⱼ and weights τⱼ of the measure Σᵢ (zᵀuᵢ)²/n δ(λᵢ); the average over starts, each node
 * smeared by a Gaussian of width σ, estimates φ(t) = (1/n) Σᵢ N(t; λᵢ, σ²). Costs starts × m products
 * (fewer after a breakdown; {@link Result#products()} counts them).
 */
public final class SpectralDensity {
  private SpectralDensity() {}

  /**
   * The density and its cumulative distribution on a grid.
   *
   * @param grid the points t
   * @param density φ(t) at each grid point
   * @param cumulative ∫₋∞ᵗ φ at each grid point (smoothed nodes' Gaussian CDFs)
   * @param nodes every start's nodes, concatenated
   * @param weights their weights divided by the number of starts (they sum to one)
   * @param products operator products spent
   */
  public record Result(double[] grid, double[] density, double[] cumulative, double[] nodes, double[] weights,
      long products) {}

  /**
   * @param starts random starts ≥ 1
   * @param steps Lanczos steps per start ≥ 1
   * @param sigma Gaussian smoothing width > 0
   * @param grid points at which the density is evaluated; not modified
   * @param seed fixes the starts
   */
  public static Result estimate(CurvatureOperator operator, int starts, int steps, double sigma, double[] grid,
      long seed) {
    if (starts < 1) {
      throw new IllegalArgumentException("starts must be at least 1, got " + starts);
    }
    if (!(sigma > 0)) {
      throw new IllegalArgumentException("sigma must be positive, got " + sigma);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] z = new double[operator.dimension()];
    double[][] nodes = new double[starts][];
    double[][] weights = new double[starts][];
    long products = 0;
    int total = 0;
    for (int s = 0; s < starts; s++) {
      Rademacher.fill(random, z);
      Lanczos run = Lanczos.run(operator, steps, z);
      products += run.steps();
      nodes[s] = run.ritzValues();
      weights[s] = run.quadratureWeights();
      total += nodes[s].length;
    }
    double[] allNodes = new double[total];
    double[] allWeights = new double[total];
    int at = 0;
    for (int s = 0; s < starts; s++) {
      for (int j = 0; j < nodes[s].length; j++) {
        allNodes[at] = nodes[s][j];
        allWeights[at] = weights[s][j] / starts;
        at++;
      }
    }
    return smooth(allNodes, allWeights, sigma, grid, products);
  }

  /**
   * Like {@link #estimate(CurvatureOperator, int, int, double, double[], long)} on an evenly spaced grid of
   * {@code points} from the smallest node − 3σ to the largest + 3σ.
   */
  public static Result estimate(CurvatureOperator operator, int starts, int steps, double sigma, int points,
      long seed) {
    Result nodesOnly = estimate(operator, starts, steps, sigma, new double[0], seed);
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (double node : nodesOnly.nodes()) {
      low = Math.min(low, node);
      high = Math.max(high, node);
    }
    return smooth(nodesOnly.nodes(), nodesOnly.weights(), sigma, grid(low - 3 * sigma, high + 3 * sigma, points),
        nodesOnly.products());
  }

  private static Result smooth(double[] nodes, double[] weights, double sigma, double[] grid, long products) {
    double[] density = new double[grid.length];
    double[] cumulative = new double[grid.length];
    double norm = 1 / (sigma * Math.sqrt(2 * Math.PI));
    for (int g = 0; g < grid.length; g++) {
      double d = 0;
      double c = 0;
      for (int j = 0; j < nodes.length; j++) {
        double u = (grid[g] - nodes[j]) / sigma;
        d += weights[j] * norm * Math.exp(-0.5 * u * u);
        c += weights[j] * normalCdf(u);
      }
      density[g] = d;
      cumulative[g] = c;
    }
    return new Result(grid.clone(), density, cumulative, nodes, weights, products);
  }

  /** An evenly spaced grid of {@code points} ≥ 2 from {@code low} to {@code high}. */
  public static double[] grid(double low, double high, int points) {
    if (points < 2) {
      throw new IllegalArgumentException("a grid needs at least 2 points, got " + points);
    }
    double[] grid = new double[points];
    for (int i = 0; i < points; i++) {
      grid[i] = low + (high - low) * i / (points - 1);
    }
    return grid;
  }

  /** The standard normal CDF Φ(u) = erfc(−u/√2)/2. */
  public static double normalCdf(double u) {
    return 0.5 * erfc(-u / Math.sqrt(2));
  }

  /**
   * The complementary error function, relative error below 1.2e-7 everywhere (the Chebyshev fit of
   * Numerical Recipes §6.2, a published approximation), ample for a smoothed density.
   */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }
}
