/**
 * L-BFGS (the draft's Algorithms 3 and 4, corrected as in its errata; Nocedal &amp; Wright Algorithm 7.5): the
 * direction −H_k∇f from the {@link org.hesstrucks.optimizer.lbfgs.TwoLoopRecursion} over the last m curvature
 * pairs, a strong-Wolfe line search by default, pairs with too little curvature skipped and counted, and a
 * configurable policy for failed searches. On mini-batches the pairs are taken on one batch at a time
 * (multi-batch L-BFGS); see {@link org.hesstrucks.optimizer.lbfgs.Lbfgs}.
 */
package org.hesstrucks.optimizer.lbfgs;
