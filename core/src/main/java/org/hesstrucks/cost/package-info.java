/**
 * Fair cost accounting. {@link org.hesstrucks.cost.CountingObjective} wraps an objective and charges every
 * function value, gradient and Hessian-vector product to a {@link org.hesstrucks.cost.CostCounter}, per
 * sample: a gradient on a batch of 64 costs 64 sample-gradients. {@link org.hesstrucks.cost.CostWeights}
 * turns the three counts into gradient-equivalents with stated weights, the same for every optimizer.
 */
package org.hesstrucks.cost;
