package org.hesstrucks.linesearch;

import org.hesstrucks.core.ConfigException;

/**
 * Options of the strong-Wolfe search (Nocedal &amp; Wright Algorithms 3.5 and 3.6). A step α is accepted when
 * f(x + αd) ≤ f(x) + c1·α·∇f(x)ᵀd (sufficient decrease) and |∇f(x + αd)ᵀd| ≤ c2·|∇f(x)ᵀd| (curvature).
 *
 * @param c1 the sufficient-decrease constant, in (0, 1); default 1e-4 (Nocedal &amp; Wright §3.1)
 * @param c2 the curvature constant, in (c1, 1); default 0.9, the usual value for quasi-Newton methods (use
 *     0.1 for nonlinear conjugate gradients)
 * @param initialStep α₀, the first trial step unless the optimizer passes its own; default 1
 * @param maxEvaluations how many trials (each one value and gradient) the search may make; default 25
 * @param maxStep the largest step tried; the search stops with {@link LineSearchStatus#MAX_STEP_REACHED} when it
 *     gets there with f still decreasing; at least {@code initialStep}; default 1e10
 */
public record StrongWolfeConfig(Double c1, Double c2, Double initialStep, Integer maxEvaluations, Double maxStep) {
  public StrongWolfeConfig {
    c1 = c1 == null ? 1e-4 : ConfigException.requireOpenInterval("c1", c1, 0, 1);
    c2 = c2 == null ? 0.9 : ConfigException.requireOpenInterval("c2", c2, 0, 1);
    if (!(c2 > c1)) {
      throw new ConfigException("c2", "a number in (c1, 1) with c1 = " + c1, c2);
    }
    initialStep = initialStep == null ? 1.0 : ConfigException.requirePositive("initialStep", initialStep);
    maxEvaluations = maxEvaluations == null ? 25 : ConfigException.requirePositive("maxEvaluations", maxEvaluations);
    maxStep = maxStep == null ? 1e10 : ConfigException.requirePositive("maxStep", maxStep);
    if (maxStep < initialStep) {
      throw new ConfigException("maxStep", "a number ≥ initialStep = " + initialStep, maxStep);
    }
  }

  /** All defaults: c1 = 1e-4, c2 = 0.9, α₀ = 1, 25 evaluations, maximum step 1e10. */
  public static StrongWolfeConfig defaults() {
    return new StrongWolfeConfig(null, null, null, null, null);
  }
}
