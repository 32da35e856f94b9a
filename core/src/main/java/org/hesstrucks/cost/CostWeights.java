package org.hesstrucks.cost;

import org.hesstrucks.core.ConfigException;

/**
 * How many sample-gradients one sample-value and one sample-Hessian-vector product are worth.
 *
 * <p>The defaults reflect the cost of reverse-mode differentiation of a network: a value is a forward pass,
 * about half of a forward-and-backward pass; an exact Hessian-vector product (forward-over-reverse) is about
 * two gradients. Finite-difference products are not Hessian-vector products for this count: they are
 * charged as the gradients they evaluate.
 *
 * @param value sample-gradients per sample-value, default 0.5
 * @param gradient sample-gradients per sample-gradient, default 1
 * @param hessianVector sample-gradients per exact or Gauss-Newton sample-product, default 2
 */
public record CostWeights(Double value, Double gradient, Double hessianVector) {
  /** The stated defaults: value 0.5, gradient 1, Hessian-vector product 2. */
  public static final CostWeights DEFAULT = new CostWeights(null, null, null);

  public CostWeights {
    value = value == null ? 0.5 : nonNegative("value", value);
    gradient = gradient == null ? 1.0 : nonNegative("gradient", gradient);
    hessianVector = hessianVector == null ? 2.0 : nonNegative("hessianVector", hessianVector);
  }

  private static double nonNegative(String field, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new ConfigException(field, "a finite number ≥ 0", v);
    }
    return v;
  }

  /** Gradient-equivalents of the given per-sample counts. */
  public double gradientEquivalents(long sampleValues, long sampleGradients, long sampleHessianVectors) {
    return value * sampleValues + gradient * sampleGradients + hessianVector * sampleHessianVectors;
  }
}
