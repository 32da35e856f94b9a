package org.hesstrucks.optimizer;

/** One run of an optimization method: its state between steps. */
public interface Optimizer {
  /**
   * Takes one step: evaluates {@code context.objective()} as the method needs and updates {@code theta}
   * in place.
   *
   * <p>On failure (a non-finite value or gradient, a line search that cannot make progress) the method
   * leaves {@code theta} as it was, or at a point no worse than it, and returns a {@link StepStatus#FAILED}
   * report with a message.
   *
   * @param context this step's objective and services
   * @param theta the parameters; modified
   */
  StepReport step(StepContext context, double[] theta);
}
