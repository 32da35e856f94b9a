package org.hesstrucks.report;

import java.util.Arrays;

/**
 * Cost to a target loss, and the rankings built from it: Dolan–Moré performance profiles (E. D. Dolan and
 * J. J. Moré, "Benchmarking optimization software with performance profiles", Math. Program. 91, 2002) and
 * Moré–Wild data profiles (J. J. Moré and S. M. Wild, "Benchmarking derivative-free optimization algorithms",
 * SIAM J. Optim. 20(1), 2009).
 *
 * <p>A problem is solved by a solver when its loss reaches {@code f_L + τ (f_0 − f_L)}, with {@code f_L} the
 * least loss any solver reached on the problem and {@code f_0} the initial loss. Costs are a matrix
 * {@code cost[problem][solver]}: the cost at the first checkpoint that reached the target, or
 * {@code +∞} when the solver never did (or did not run). Costs are in whatever unit the caller measures
 * (gradient-equivalents, seconds); the data profile counts problems solved within a budget in that unit,
 * without the Moré–Wild division by {@code n_p + 1}, since gradient-equivalents already are a unit of work.
 */
final class Profiles {
  /** The tolerances the page offers, in its order. */
  static final double[] TAUS = {1e-1, 1e-3, 1e-5};

  private Profiles() {}

  /** {@code f_L + τ (f_0 − f_L)}. */
  static double target(double initialLoss, double bestLoss, double tau) {
    return bestLoss + tau * (initialLoss - bestLoss);
  }

  /**
   * The cost at the first checkpoint whose loss is at most {@code target}; {@code +∞} when none is, or when the
   * columns are missing. A NaN loss never reaches the target; a NaN cost at the reaching checkpoint is NaN.
   */
  static double costToTarget(double[] loss, double[] cost, double target) {
    if (loss == null || cost == null) {
      return Double.POSITIVE_INFINITY;
    }
    int n = Math.min(loss.length, cost.length);
    for (int i = 0; i < n; i++) {
      if (loss[i] <= target) {
        return cost[i];
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  /**
   * Performance ratios {@code r[p][s] = t[p][s] / min_s t[p][s]}; {@code +∞} where the solver did not solve
   * the problem (and for every solver on a problem nobody solved). Ties share the ratio 1. When the least
   * cost is 0 (a problem solved at its start), a solver at cost 0 has ratio 1 and any other {@code +∞}.
   */
  static double[][] ratios(double[][] costs) {
    double[][] ratios = new double[costs.length][];
    for (int p = 0; p < costs.length; p++) {
      double least = Double.POSITIVE_INFINITY;
      for (double t : costs[p]) {
        if (solved(t) && t < least) {
          least = t;
        }
      }
      ratios[p] = new double[costs[p].length];
      for (int s = 0; s < costs[p].length; s++) {
        double t = costs[p][s];
        if (!solved(t) || !Double.isFinite(least)) {
          ratios[p][s] = Double.POSITIVE_INFINITY;
        } else if (least == 0) {
          ratios[p][s] = t == 0 ? 1 : Double.POSITIVE_INFINITY;
        } else {
          ratios[p][s] = t / least;
        }
      }
    }
    return ratios;
  }

  /** Dolan–Moré {@code ρ_s(α)}: the fraction of problems whose ratio for {@code solver} is at most {@code alpha}. */
  static double performance(double[][] ratios, int solver, double alpha) {
    return fractionAtMost(ratios, solver, alpha);
  }

  /** Moré–Wild {@code d_s(κ)}: the fraction of problems {@code solver} solved at a cost of at most {@code kappa}. */
  static double data(double[][] costs, int solver, double kappa) {
    return fractionAtMost(costs, solver, kappa);
  }

  /**
   * The finite entries of column {@code solver}, ascending: the steps of its profile (the {@code i}-th value,
   * from 0, is where the profile reaches {@code (i + 1) / problems}).
   */
  static double[] steps(double[][] matrix, int solver) {
    return Arrays.stream(matrix).mapToDouble(row -> row[solver]).filter(Profiles::solved).sorted().toArray();
  }

  private static double fractionAtMost(double[][] matrix, int solver, double bound) {
    if (matrix.length == 0) {
      return 0;
    }
    int count = 0;
    for (double[] row : matrix) {
      if (solved(row[solver]) && row[solver] <= bound) {
        count++;
      }
    }
    return (double) count / matrix.length;
  }

  private static boolean solved(double cost) {
    return Double.isFinite(cost) && cost >= 0;
  }
}
