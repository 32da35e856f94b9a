package org.hesstrucks.optimizer.lbfgs;

import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepReport;
import org.hesstrucks.optimizer.StepStatus;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractStepContext;

/** Runs an optimizer found by id until ‖∇f‖ ≤ a tolerance, counting iterations and evaluations. */
final class Runs {
  /** What a run did. {@code x} is the final point; evaluations count value and gradient calls separately. */
  record Outcome(int iterations, long valueCalls, long gradientCalls, double gradientNorm, double[] x,
      StepStatus lastStatus, String message) {
    boolean converged(double tolerance) {
      return gradientNorm <= tolerance;
    }

    @Override
    public String toString() {
      return iterations + " iterations, " + valueCalls + " values, " + gradientCalls + " gradients, ‖g‖ = "
          + gradientNorm + (message.isEmpty() ? "" : " (" + lastStatus + ": " + message + ")");
    }
  }

  private Runs() {}

  /**
   * Steps until ‖∇f(x)‖ ≤ {@code tolerance} (checked before each step, outside the counted objective), a
   * non-CONTINUE report, or {@code maxIterations} steps.
   */
  static Outcome run(String id, String config, Objective f, double[] start, double tolerance, int maxIterations) {
    int n = f.dimension();
    Optimizer optimizer = ContractPlugins.optimizer(id, config, n, 1);
    double[] x = start.clone();
    double[] g = new double[n];
    ContractStepContext context = new ContractStepContext(f);
    int k = 0;
    StepReport report = null;
    while (true) {
      f.valueAndGradient(x, g);
      double norm = Vectors.norm2(g);
      if (norm <= tolerance || k == maxIterations || (report != null && report.status() != StepStatus.CONTINUE)) {
        return new Outcome(k, context.counter().valueCalls(), context.counter().gradientCalls(), norm, x,
            report == null ? StepStatus.CONTINUE : report.status(), report == null ? "" : report.message());
      }
      report = optimizer.step(context, x);
      context.advance();
      k++;
    }
  }
}
