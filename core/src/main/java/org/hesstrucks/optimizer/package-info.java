/**
 * The optimizer SPI. An {@link org.hesstrucks.optimizer.OptimizerPlugin} creates an
 * {@link org.hesstrucks.optimizer.Optimizer}, which holds one run's state (an L-BFGS memory, a momentum
 * buffer) and computes one step at a time. The harness owns the loop: it hands each step a
 * {@link org.hesstrucks.optimizer.StepContext} with this step's objective (the current mini-batch, counted),
 * and applies budgets, stopping, tracing and probes the same way for every optimizer.
 */
package org.hesstrucks.optimizer;
