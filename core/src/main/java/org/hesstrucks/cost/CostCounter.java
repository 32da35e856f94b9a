package org.hesstrucks.cost;

/**
 * Running counts of what an optimizer asked of its objective: calls and samples, by kind.
 * Mutable, not thread-safe; one counter per run.
 */
public final class CostCounter {
  private long valueCalls;
  private long gradientCalls;
  private long hessianVectorCalls;
  private long sampleValues;
  private long sampleGradients;
  private long sampleHessianVectors;

  /** Charges one function value on {@code samples} samples. */
  public void chargeValue(int samples) {
    valueCalls++;
    sampleValues += samples;
  }

  /** Charges one value-and-gradient on {@code samples} samples. */
  public void chargeGradient(int samples) {
    gradientCalls++;
    sampleGradients += samples;
  }

  /** Charges one exact or Gauss-Newton Hessian-vector product on {@code samples} samples. */
  public void chargeHessianVector(int samples) {
    hessianVectorCalls++;
    sampleHessianVectors += samples;
  }

  public long valueCalls() {
    return valueCalls;
  }

  public long gradientCalls() {
    return gradientCalls;
  }

  public long hessianVectorCalls() {
    return hessianVectorCalls;
  }

  public long sampleValues() {
    return sampleValues;
  }

  public long sampleGradients() {
    return sampleGradients;
  }

  public long sampleHessianVectors() {
    return sampleHessianVectors;
  }

  /** The counts so far in gradient-equivalents (sample-gradients) under {@code weights}. */
  public double gradientEquivalents(CostWeights weights) {
    return weights.gradientEquivalents(sampleValues, sampleGradients, sampleHessianVectors);
  }

  /** An immutable copy of the counts. */
  public CostSnapshot snapshot() {
    return new CostSnapshot(valueCalls, gradientCalls, hessianVectorCalls,
        sampleValues, sampleGradients, sampleHessianVectors);
  }
}
