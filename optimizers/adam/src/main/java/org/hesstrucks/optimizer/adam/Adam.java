package org.hesstrucks.optimizer.adam;

import org.hesstrucks.optimizer.LearningRateSchedule;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepContext;
import org.hesstrucks.optimizer.StepReport;

/**
 * One run of Adam, Kingma &amp; Ba (2015) Algorithm 1. At update t = 1, 2, … with g = ∇f(θ) on this step's batch
 * and α the scheduled learning rate:
 *
 * <pre>
 *   m ← β₁ m + (1 − β₁) g            v ← β₂ v + (1 − β₂) g²   (elementwise)
 *   m̂ = m / (1 − β₁ᵗ)                v̂ = v / (1 − β₂ᵗ)
 *   θ ← θ (1 − αλ) − α m̂ / (√v̂ + ε)
 * </pre>
 *
 * m and v start at 0; λ is the decoupled weight decay (0: Adam; positive: AdamW). ε is added to √v̂ as in
 * Algorithm 1 (not to √v as in the paper's "more efficient" reordering, which differs by the bias correction of
 * ε). t counts the updates actually made (a failed step does not advance it); the schedule follows the harness's
 * iteration number.
 *
 * <p>Exactly one gradient evaluation per step; the report carries the batch loss and α as the step length.
 * Telemetry: {@code lr} (α), {@code adam.updateNorm} (‖θ_{t} − θ_{t−1}‖) and {@code adam.biasCorrection}
 * (√(1 − β₂ᵗ) / (1 − β₁ᵗ), the factor by which bias correction scales the step; it tends to 1). A non-finite
 * value or gradient fails the step and leaves θ, m, v and t unchanged. The method never reports convergence:
 * stopping is the harness's. No allocation per step.
 */
public final class Adam implements Optimizer {
  /** Telemetry: the learning rate of the step. */
  public static final String LEARNING_RATE = "lr";
  /** Telemetry: the Euclidean length of the update. */
  public static final String UPDATE_NORM = "adam.updateNorm";
  /** Telemetry: √(1 − β₂ᵗ) / (1 − β₁ᵗ). */
  public static final String BIAS_CORRECTION = "adam.biasCorrection";

  private final double learningRate;
  private final double beta1;
  private final double beta2;
  private final double epsilon;
  private final double weightDecay;
  private final LearningRateSchedule schedule;
  private final double[] gradient;
  private final double[] firstMoment;
  private final double[] secondMoment;
  private long updates;

  public Adam(AdamConfig config, int dimension) {
    this.learningRate = config.learningRate();
    this.beta1 = config.beta1();
    this.beta2 = config.beta2();
    this.epsilon = config.epsilon();
    this.weightDecay = config.weightDecay();
    this.schedule = config.schedule();
    this.gradient = new double[dimension];
    this.firstMoment = new double[dimension];
    this.secondMoment = new double[dimension];
  }

  @Override
  public StepReport step(StepContext context, double[] theta) {
    double value = context.objective().valueAndGradient(theta, gradient);
    StepReport notFinite = StepReport.ifNotFinite(value, gradient);
    if (notFinite != null) {
      return notFinite;
    }
    double rate = schedule.rate(learningRate, context.iteration());
    long t = ++updates;
    double correction1 = 1 - Math.pow(beta1, t);
    double correction2 = 1 - Math.pow(beta2, t);
    double keep = 1 - rate * weightDecay;
    double updateSquared = 0;
    int n = theta.length;
    for (int i = 0; i < n; i++) {
      double g = gradient[i];
      double m = beta1 * firstMoment[i] + (1 - beta1) * g;
      double v = beta2 * secondMoment[i] + (1 - beta2) * g * g;
      firstMoment[i] = m;
      secondMoment[i] = v;
      double next = theta[i] * keep - rate * (m / correction1) / (Math.sqrt(v / correction2) + epsilon);
      double delta = next - theta[i];
      updateSquared += delta * delta;
      theta[i] = next;
    }
    context.telemetry(LEARNING_RATE, rate);
    context.telemetry(UPDATE_NORM, Math.sqrt(updateSquared));
    context.telemetry(BIAS_CORRECTION, Math.sqrt(correction2) / correction1);
    return StepReport.taken(value, rate);
  }
}
