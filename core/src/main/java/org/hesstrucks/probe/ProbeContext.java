package org.hesstrucks.probe;

import org.hesstrucks.model.Model;

/**
 * What a probe sees at a checkpoint.
 *
 * @param model the run's model
 * @param parameters the current parameters; a copy the probe may read but should not keep
 * @param iteration the iteration the checkpoint follows
 * @param seed the run's seed, for probes with randomness (random starts, Rademacher vectors)
 */
public record ProbeContext(Model model, double[] parameters, long iteration, long seed) {}
