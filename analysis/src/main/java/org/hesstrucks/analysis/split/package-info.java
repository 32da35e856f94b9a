/**
 * The H = G + S split at one point: traces of the Hessian H, the Gauss-Newton G and S = H − G by paired
 * probes, the top eigenvalues of H and G, the principal angles between their top eigenspaces and the
 * effective dimensionality of H.
 */
package org.hesstrucks.analysis.split;
