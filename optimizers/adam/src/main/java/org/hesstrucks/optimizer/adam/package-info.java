/**
 * Adam (Kingma &amp; Ba 2015, Algorithm 1, with bias correction), a stochastic baseline every optimizer benchmark
 * is read against, with optional decoupled weight decay (AdamW, Loshchilov &amp; Hutter 2019) and a constant or
 * step-decay learning rate. One gradient evaluation per step, no line search.
 */
package org.hesstrucks.optimizer.adam;
