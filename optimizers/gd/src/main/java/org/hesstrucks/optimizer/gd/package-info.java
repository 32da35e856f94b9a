/**
 * Gradient descent with a line search (the draft's Algorithm 2): θ ← θ − α∇f(θ), with α from the configured
 * line search (backtracking Armijo by default). The project's baseline method.
 */
package org.hesstrucks.optimizer.gd;
