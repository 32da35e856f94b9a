/**
 * Small dense linear algebra the matrix-free routines need on their m × m projections: the cyclic Jacobi
 * eigensolver for symmetric matrices and Gram–Schmidt orthonormalisation (twice is enough).
 */
package org.hesstrucks.analysis.dense;
