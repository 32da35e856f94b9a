/**
 * Stochastic gradient descent, the baseline every optimizer benchmark is read against: plain SGD, Polyak's
 * heavy-ball momentum and Nesterov's momentum, with optional L2 weight decay and a constant or step-decay
 * learning rate. One gradient evaluation per step, no line search.
 */
package org.hesstrucks.optimizer.sgd;
