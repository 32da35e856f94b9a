package org.hesstrucks.optimizer.sgd;

import org.hesstrucks.optimizer.LearningRateSchedule;
import org.hesstrucks.core.ConfigException;

/**
 * Options of stochastic gradient descent, with optional heavy-ball or Nesterov momentum.
 *
 * @param learningRate α, the base learning rate, a positive finite number; default 0.01 (a conventional
 *     starting point, not a tuned value: a benchmark should sweep it)
 * @param momentum μ ∈ [0, 1); default 0 (plain SGD)
 * @param nesterov use Nesterov momentum instead of heavy-ball momentum; default false. Refused when
 *     {@code momentum} is 0: with no momentum Nesterov's method is plain SGD, and {@code "nesterov": true}
 *     without a momentum is almost always a forgotten {@code momentum} (PyTorch refuses it too)
 * @param weightDecay λ ≥ 0, added to the gradient as λθ (L2 regularisation, as in PyTorch's SGD; with momentum
 *     the term passes through the velocity, without it this equals decoupled decay of θ by 1 − αλ); default 0
 * @param schedule how the learning rate changes with the iteration; default constant
 */
public record SgdConfig(Double learningRate, Double momentum, Boolean nesterov, Double weightDecay,
    LearningRateSchedule schedule) {
  public SgdConfig {
    learningRate = learningRate == null ? 0.01 : ConfigException.requirePositive("learningRate", learningRate);
    momentum = momentum == null ? 0.0 : momentum;
    if (!(momentum >= 0 && momentum < 1)) {
      throw new ConfigException("momentum", "a number in [0, 1)", momentum);
    }
    nesterov = nesterov == null ? Boolean.FALSE : nesterov;
    if (nesterov && momentum == 0) {
      throw new ConfigException("nesterov", "false when momentum is 0 (Nesterov's method needs a momentum in (0, 1))",
          nesterov);
    }
    weightDecay = weightDecay == null ? 0.0 : weightDecay;
    if (!(weightDecay >= 0 && Double.isFinite(weightDecay))) {
      throw new ConfigException("weightDecay", "a finite number ≥ 0", weightDecay);
    }
    schedule = schedule == null ? LearningRateSchedule.constant() : schedule;
  }

  /** Plain SGD with learning rate 0.01, no momentum, no weight decay, a constant rate. */
  public static SgdConfig defaults() {
    return new SgdConfig(null, null, null, null, null);
  }
}
