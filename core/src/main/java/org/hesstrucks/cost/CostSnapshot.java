package org.hesstrucks.cost;

/**
 * Counts at one moment: calls and samples of function values, gradients and Hessian-vector products.
 */
public record CostSnapshot(
    long valueCalls,
    long gradientCalls,
    long hessianVectorCalls,
    long sampleValues,
    long sampleGradients,
    long sampleHessianVectors) {

  /** The counts in gradient-equivalents under {@code weights}. */
  public double gradientEquivalents(CostWeights weights) {
    return weights.gradientEquivalents(sampleValues, sampleGradients, sampleHessianVectors);
  }
}
