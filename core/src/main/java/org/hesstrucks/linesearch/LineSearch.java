package org.hesstrucks.linesearch;

import org.hesstrucks.objective.Objective;

/**
 * Finds a step length α along a direction d from x.
 *
 * <p>Instances hold their configuration only; all per-search state lives in the caller's
 * {@link LineSearchResult}, which the caller allocates once per run.
 */
public interface LineSearch {
  /** Passed as {@code initialStep} to start from the search's configured initial step. */
  double CONFIGURED_INITIAL_STEP = Double.NaN;

  /**
   * Searches along {@code direction} from {@code x}.
   *
   * @param objective the function; evaluated through this object only, so its cost is counted
   * @param x the start point; not modified
   * @param value f(x)
   * @param gradient ∇f(x); not modified
   * @param direction d, expected to be a descent direction (∇f(x)ᵀd &lt; 0); not modified
   * @param initialStep the first trial step, or {@link #CONFIGURED_INITIAL_STEP}
   * @param result receives the status, the step, the accepted point and its value (and its gradient when
   *     {@link LineSearchResult#gradientKnown()}); modified
   */
  void search(Objective objective, double[] x, double value, double[] gradient, double[] direction,
      double initialStep, LineSearchResult result);
}
