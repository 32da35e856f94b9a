package org.hesstrucks.optimizer.sgd;

import org.hesstrucks.optimizer.LearningRateSchedule;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepContext;
import org.hesstrucks.optimizer.StepReport;

/**
 * One run of SGD. With g = ∇f(θ) + λθ on this step's batch and α the scheduled learning rate:
 *
 * <ul>
 *   <li>plain ({@code momentum} 0): θ ← θ − α g;
 *   <li>heavy ball (Polyak): v ← μ v + g, θ ← θ − α v, which for a constant α is
 *       θ_{k+1} = θ_k − α g_k + μ(θ_k − θ_{k−1});
 *   <li>Nesterov: v ← μ v + g, θ ← θ − α (g + μ v): Nesterov momentum as Sutskever et al. (2013) state it,
 *       rewritten (Bengio, Boulanger-Lewandowski &amp; Pascanu 2013; PyTorch, Keras) so that the stored iterate is
 *       the look-ahead point y = x + μ(x − x₋) and the one gradient per step is taken at θ. For a constant α the
 *       iterates are exactly the classical method's look-ahead points.
 * </ul>
 *
 * v starts at 0. Exactly one gradient evaluation per step; the report carries the batch loss f(θ) (without the
 * weight-decay term) and α as the step length. Telemetry: {@code lr} (α) and, with momentum,
 * {@code sgd.velocityNorm} (‖v‖ after the update). A non-finite value or gradient fails the step and leaves θ
 * and v unchanged. The method never reports convergence: stopping is the harness's. No allocation per step.
 */
public final class StochasticGradientDescent implements Optimizer {
  /** Telemetry: the learning rate of the step. */
  public static final String LEARNING_RATE = "lr";
  /** Telemetry: ‖v‖ after the step, recorded when the momentum is positive. */
  public static final String VELOCITY_NORM = "sgd.velocityNorm";

  private final double learningRate;
  private final double momentum;
  private final boolean nesterov;
  private final double weightDecay;
  private final LearningRateSchedule schedule;
  private final double[] gradient;
  private final double[] velocity;

  public StochasticGradientDescent(SgdConfig config, int dimension) {
    this.learningRate = config.learningRate();
    this.momentum = config.momentum();
    this.nesterov = config.nesterov();
    this.weightDecay = config.weightDecay();
    this.schedule = config.schedule();
    this.gradient = new double[dimension];
    this.velocity = new double[dimension];
  }

  @Override
  public StepReport step(StepContext context, double[] theta) {
    double value = context.objective().valueAndGradient(theta, gradient);
    StepReport notFinite = StepReport.ifNotFinite(value, gradient);
    if (notFinite != null) {
      return notFinite;
    }
    double rate = schedule.rate(learningRate, context.iteration());
    int n = theta.length;
    if (momentum == 0) {
      for (int i = 0; i < n; i++) {
        theta[i] -= rate * (gradient[i] + weightDecay * theta[i]);
      }
    } else {
      double velocitySquared = 0;
      for (int i = 0; i < n; i++) {
        double g = gradient[i] + weightDecay * theta[i];
        double v = momentum * velocity[i] + g;
        velocity[i] = v;
        velocitySquared += v * v;
        theta[i] -= nesterov ? rate * (g + momentum * v) : rate * v;
      }
      context.telemetry(VELOCITY_NORM, Math.sqrt(velocitySquared));
    }
    context.telemetry(LEARNING_RATE, rate);
    return StepReport.taken(value, rate);
  }
}
