package org.example.hesstrucks.bb;

import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.StepContext;
import org.hesstrucks.optimizer.StepReport;

/**
 * The Barzilai-Borwein gradient method (IMA J. Numer. Anal. 8, 1988) with the non-monotone line search of
 * Grippo, Lampariello and Lucidi (1986), as in Raydan's global BB method (SIAM J. Optim. 7, 1997).
 *
 * <p>The step along −g is α = sᵀs / sᵀy from the last move s and gradient change y, clamped to
 * [minStep, maxStep] (the largest step when sᵀy ≤ 0); the first step is 1/‖g‖. It is accepted when
 * f(θ − αg) ≤ max(last {@code memory} values) − c·α·‖g‖², else halved. Telemetry: {@code bb.step} (the BB
 * step before any backtracking) and {@code bb.backtracks}.
 */
final class BarzilaiBorwein implements Optimizer {
  private static final int MAX_BACKTRACKS = 60;

  private final BarzilaiBorweinConfig config;
  private final double[] gradient;
  private final double[] previousTheta;
  private final double[] previousGradient;
  private final double[] trial;
  private final double[] recentValues;
  private boolean hasPrevious;
  private int recentCount;

  BarzilaiBorwein(BarzilaiBorweinConfig config, int dimension) {
    this.config = config;
    this.gradient = new double[dimension];
    this.previousTheta = new double[dimension];
    this.previousGradient = new double[dimension];
    this.trial = new double[dimension];
    this.recentValues = new double[config.memory()];
  }

  @Override
  public StepReport step(StepContext context, double[] theta) {
    Objective f = context.objective();
    double value = f.valueAndGradient(theta, gradient);
    double gg = 0;
    for (double g : gradient) {
      gg += g * g;
    }
    if (!Double.isFinite(value) || !Double.isFinite(gg)) {
      return StepReport.failed(value, "objective or gradient is not finite");
    }
    if (gg == 0) {
      return StepReport.converged(value, "zero gradient");
    }
    double alpha = bbStep(theta, gg);
    context.telemetry("bb.step", alpha);
    recentValues[recentCount % recentValues.length] = value;
    recentCount++;
    double reference = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < Math.min(recentCount, recentValues.length); i++) {
      reference = Math.max(reference, recentValues[i]);
    }
    for (int backtracks = 0; backtracks <= MAX_BACKTRACKS; backtracks++) {
      for (int i = 0; i < theta.length; i++) {
        trial[i] = theta[i] - alpha * gradient[i];
      }
      double trialValue = f.value(trial);
      if (trialValue <= reference - config.sufficientDecrease() * alpha * gg) {
        context.telemetry("bb.backtracks", backtracks);
        System.arraycopy(theta, 0, previousTheta, 0, theta.length);
        System.arraycopy(gradient, 0, previousGradient, 0, theta.length);
        hasPrevious = true;
        System.arraycopy(trial, 0, theta, 0, theta.length);
        return StepReport.taken(value, alpha);
      }
      alpha *= 0.5;
    }
    return StepReport.failed(value, "no acceptable step after " + MAX_BACKTRACKS + " halvings");
  }

  private double bbStep(double[] theta, double gg) {
    if (!hasPrevious) {
      return Math.min(config.maxStep(), Math.max(config.minStep(), 1 / Math.sqrt(gg)));
    }
    double ss = 0;
    double sy = 0;
    for (int i = 0; i < theta.length; i++) {
      double s = theta[i] - previousTheta[i];
      double y = gradient[i] - previousGradient[i];
      ss += s * s;
      sy += s * y;
    }
    double alpha = sy > 0 ? ss / sy : config.maxStep();
    return Math.min(config.maxStep(), Math.max(config.minStep(), alpha));
  }
}
