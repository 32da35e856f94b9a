/**
 * Level-1 vector kernels on {@code double[]} (dot products, norms, axpy) used by every optimizer and line
 * search. Plain indexed loops, no allocation; outputs are caller-owned. Dense level-2/3 kernels go through a
 * real BLAS in the model plugins that need them.
 */
package org.hesstrucks.linalg;
