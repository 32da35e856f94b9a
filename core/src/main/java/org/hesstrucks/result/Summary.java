package org.hesstrucks.result;

import org.hesstrucks.cost.CostSnapshot;

/**
 * The end of a cell in numbers. Losses and gradient norms are on the full training objective.
 *
 * @param iterations steps taken
 * @param initialLoss f(θ₀)
 * @param finalLoss f at the end
 * @param bestLoss the least f seen at a checkpoint
 * @param initialGradientNorm ‖∇f(θ₀)‖
 * @param finalGradientNorm ‖∇f‖ at the end
 * @param epochs sample-gradients / training size
 * @param gradientEquivalents the optimizer's cost with the stated weights
 * @param optimizerSeconds time spent in the optimizer's steps
 * @param evaluationSeconds time spent on checkpoint evaluations and probes (not charged)
 * @param cost the optimizer's evaluations by kind
 */
public record Summary(
    long iterations,
    double initialLoss,
    double finalLoss,
    double bestLoss,
    double initialGradientNorm,
    double finalGradientNorm,
    double epochs,
    double gradientEquivalents,
    double optimizerSeconds,
    double evaluationSeconds,
    CostSnapshot cost) {}
