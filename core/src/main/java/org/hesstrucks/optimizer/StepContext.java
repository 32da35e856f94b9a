package org.hesstrucks.optimizer;

import org.hesstrucks.objective.Objective;

/** What the harness hands an optimizer for one step. */
public interface StepContext {
  /**
   * This step's objective: the current mini-batch, or the whole training set when the batch size is
   * "full". Every evaluation is counted; curvature comes from {@link Objective#curvatureAt}.
   */
  Objective objective();

  /** The iteration number of this step, from 0. */
  long iteration();

  /**
   * Records a numeric series the report shows under "inside the optimizers" (an accepted step, inner CG
   * iterations, a damping value). Names are free-form, dotted by convention ({@code lineSearch.trials}); the
   * last value recorded for a name in a step is kept.
   */
  void telemetry(String name, double value);
}
