package org.hesstrucks.optimizer.newtoncg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepReport;
import org.hesstrucks.optimizer.StepStatus;
import org.hesstrucks.testkit.ContractPlugins;
import org.hesstrucks.testkit.ContractStepContext;

/** Drives newton-cg through the plugin path until ‖∇f‖ ≤ a tolerance, keeping iterates and telemetry. */
final class Runs {
  private Runs() {}

  /** What a run did. */
  record Run(int iterations, boolean reached, StepReport last, double[] theta, double gradientNorm,
      long values, long gradients, long hessianVectors, List<double[]> iterates, List<Map<String, Double>> telemetry) {}

  /**
   * Steps from {@code start} until ‖∇f(θ)‖ ≤ {@code gradientTolerance} (checked before every step with an
   * uncounted evaluation), a step that does not continue, or {@code maxIterations} steps.
   */
  static Run run(Objective objective, double[] start, String config, int maxIterations, double gradientTolerance) {
    int n = objective.dimension();
    Optimizer optimizer = ContractPlugins.optimizer("newton-cg", config, n, 1L);
    ContractStepContext context = new ContractStepContext(objective);
    double[] theta = start.clone();
    double[] g = new double[n];
    List<double[]> iterates = new ArrayList<>();
    List<Map<String, Double>> telemetry = new ArrayList<>();
    iterates.add(theta.clone());
    StepReport report = null;
    int k = 0;
    boolean reached = false;
    while (true) {
      objective.valueAndGradient(theta, g);
      if (Vectors.norm2(g) <= gradientTolerance) {
        reached = true;
        break;
      }
      if (k == maxIterations) {
        break;
      }
      report = optimizer.step(context, theta);
      telemetry.add(new LinkedHashMap<>(context.telemetry()));
      context.advance();
      iterates.add(theta.clone());
      k++;
      if (report.status() != StepStatus.CONTINUE) {
        objective.valueAndGradient(theta, g);
        break;
      }
    }
    return new Run(k, reached, report, theta, Vectors.norm2(g), context.counter().valueCalls(),
        context.counter().gradientCalls(), context.counter().hessianVectorCalls(), iterates, telemetry);
  }
}
