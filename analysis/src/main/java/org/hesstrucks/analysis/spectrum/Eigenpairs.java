package org.hesstrucks.analysis.spectrum;

/**
 * Approximate eigenpairs of a symmetric operator.
 *
 * @param values the Ritz values, in the order the request asked for
 * @param vectors unit Ritz vectors, {@code vectors[i]} belonging to {@code values[i]}
 * @param residuals ‖Bvᵢ − θᵢvᵢ‖ for each pair (computed explicitly or estimated, see the producer)
 * @param products the operator products spent producing them
 */
public record Eigenpairs(double[] values, double[][] vectors, double[] residuals, long products) {
  /** The number of pairs. */
  public int count() {
    return values.length;
  }
}
