/**
 * The {@code hessian-top-k} probe: the k largest eigenvalues of the curvature (the Hessian by default, the
 * Gauss-Newton matrix with {@code mode: gauss-newton}) on the probe batch, by Lanczos with full
 * reorthogonalisation, with explicit Ritz residuals and the operator products spent.
 */
package org.hesstrucks.probe.hessiantopk;
