package org.hesstrucks.optimizer.adam;

import org.hesstrucks.optimizer.LearningRateSchedule;
import org.hesstrucks.core.ConfigException;

/**
 * Options of Adam (Kingma &amp; Ba 2015, Algorithm 1), with optional decoupled weight decay (AdamW).
 *
 * @param learningRate α, the base learning rate, a positive finite number; default 1e-3 (the paper's)
 * @param beta1 β₁ ∈ [0, 1), decay of the first-moment estimate; default 0.9
 * @param beta2 β₂ ∈ [0, 1), decay of the second-moment estimate; default 0.999
 * @param epsilon ε &gt; 0, added to √v̂ in the denominator; default 1e-8
 * @param weightDecay λ ≥ 0, decoupled weight decay (Loshchilov &amp; Hutter, AdamW): each step also multiplies θ
 *     by 1 − αλ, with α the scheduled learning rate (PyTorch's {@code AdamW} convention; the paper's λ is
 *     this λ times the base α). 0, the default, is Adam
 * @param schedule how the learning rate changes with the iteration; default constant
 */
public record AdamConfig(Double learningRate, Double beta1, Double beta2, Double epsilon, Double weightDecay,
    LearningRateSchedule schedule) {
  public AdamConfig {
    learningRate = learningRate == null ? 1e-3 : ConfigException.requirePositive("learningRate", learningRate);
    beta1 = beta1 == null ? 0.9 : requireUnitInterval("beta1", beta1);
    beta2 = beta2 == null ? 0.999 : requireUnitInterval("beta2", beta2);
    epsilon = epsilon == null ? 1e-8 : ConfigException.requirePositive("epsilon", epsilon);
    weightDecay = weightDecay == null ? 0.0 : weightDecay;
    if (!(weightDecay >= 0 && Double.isFinite(weightDecay))) {
      throw new ConfigException("weightDecay", "a finite number ≥ 0", weightDecay);
    }
    schedule = schedule == null ? LearningRateSchedule.constant() : schedule;
  }

  private static double requireUnitInterval(String field, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new ConfigException(field, "a number in [0, 1)", value);
    }
    return value;
  }

  /** The paper's defaults: α = 1e-3, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, no weight decay, a constant rate. */
  public static AdamConfig defaults() {
    return new AdamConfig(null, null, null, null, null, null);
  }
}
