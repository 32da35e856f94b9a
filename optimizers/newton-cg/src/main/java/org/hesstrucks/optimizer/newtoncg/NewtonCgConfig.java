package org.hesstrucks.optimizer.newtoncg;

import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.linesearch.LineSearchFailurePolicy;
import org.hesstrucks.linesearch.LineSearchSpec;

/**
 * Options of line-search Newton-CG.
 *
 * @param lineSearch the search along the Newton-CG direction, started at its configured initial step (1 for
 *     both backtracking and strong Wolfe, the natural Newton step); default backtracking Armijo
 * @param curvature which curvature B the inner CG uses: {@code exact}, {@code gauss-newton},
 *     {@code forward-difference} or {@code central-difference}; default {@code exact}. A mode the objective
 *     does not offer fails the step, naming the modes it offers
 * @param forcing the forcing term: {@code superlinear} (default, εₖ = min(0.5, √‖g‖)‖g‖), {@code quadratic}
 *     (min(0.5, ‖g‖)‖g‖) or {@code fixed} (forcingTolerance·‖g‖); set to {@code fixed} when only
 *     {@code forcingTolerance} is given
 * @param forcingTolerance the relative tolerance η ∈ (0, 1) of the {@code fixed} forcing term; default 0.1;
 *     not allowed with the other forcing terms
 * @param maxCgIterations the cap on inner CG iterations (Hessian-vector products) per step; default
 *     min(n, 200)
 * @param damping {@code none} (default), {@code fixed} or {@code levenberg-marquardt}
 * @param lambda λ ≥ 0, the damping (the starting one for Levenberg–Marquardt, where it must be positive);
 *     default 0 without damping, 1 otherwise; must be 0 (or absent) without damping
 * @param onLineSearchFailure {@code stop} (default), {@code accept-last} (move to the best trial when it
 *     decreased f) or {@code reset-memory} (Newton-CG has no memory: retry once along −∇f)
 */
public record NewtonCgConfig(LineSearchSpec lineSearch, CurvatureMode curvature, ForcingTerm forcing,
    Double forcingTolerance, Integer maxCgIterations, Damping damping, Double lambda,
    LineSearchFailurePolicy onLineSearchFailure) {
  /** The default cap on CG iterations is min(n, this). */
  public static final int DEFAULT_MAX_CG_ITERATIONS = 200;
  /** The fixed forcing term's default relative tolerance. */
  public static final double DEFAULT_FORCING_TOLERANCE = 0.1;
  /** The default λ of fixed and Levenberg–Marquardt damping. */
  public static final double DEFAULT_LAMBDA = 1.0;

  public NewtonCgConfig {
    lineSearch = lineSearch == null ? LineSearchSpec.backtracking() : lineSearch;
    curvature = curvature == null ? CurvatureMode.EXACT : curvature;
    if (forcing == null) {
      forcing = forcingTolerance == null ? ForcingTerm.SUPERLINEAR : ForcingTerm.FIXED;
    }
    if (forcing == ForcingTerm.FIXED) {
      forcingTolerance = forcingTolerance == null ? DEFAULT_FORCING_TOLERANCE
          : ConfigException.requireOpenInterval("forcingTolerance", forcingTolerance, 0, 1);
    } else if (forcingTolerance != null) {
      throw new ConfigException("forcingTolerance", "no value unless forcing is fixed (forcing is " + forcing + ")",
          forcingTolerance);
    }
    if (maxCgIterations != null) {
      ConfigException.requirePositive("maxCgIterations", maxCgIterations);
    }
    damping = damping == null ? Damping.NONE : damping;
    if (lambda != null && !(lambda >= 0 && Double.isFinite(lambda))) {
      throw new ConfigException("lambda", "a finite number ≥ 0", lambda);
    }
    switch (damping) {
      case NONE:
        if (lambda != null && lambda != 0) {
          throw new ConfigException("lambda", "0 or no value when damping is none (set damping to fixed or "
              + "levenberg-marquardt)", lambda);
        }
        lambda = 0.0;
        break;
      case LEVENBERG_MARQUARDT:
        lambda = lambda == null ? DEFAULT_LAMBDA : lambda;
        if (lambda == 0) {
          throw new ConfigException("lambda", "a positive number when damping is levenberg-marquardt", lambda);
        }
        break;
      default:
        lambda = lambda == null ? DEFAULT_LAMBDA : lambda;
    }
    onLineSearchFailure = onLineSearchFailure == null ? LineSearchFailurePolicy.STOP : onLineSearchFailure;
  }

  /** All defaults: exact curvature, superlinear forcing, no damping, backtracking, stop on failure. */
  public static NewtonCgConfig defaults() {
    return new NewtonCgConfig(null, null, null, null, null, null, null, null);
  }

  /** The CG cap for an n-dimensional problem: {@link #maxCgIterations()} or min(n, 200). */
  public int cgIterationCap(int dimension) {
    return maxCgIterations != null ? maxCgIterations : Math.max(1, Math.min(dimension, DEFAULT_MAX_CG_ITERATIONS));
  }
}
