/**
 * The {@code eigen-newton} optimizer (the draft's "SWA-Hess Trucks" made concrete): every T steps the k
 * eigenpairs of largest |λ| of the mini-batch Hessian by Lanczos, (V, Λ); the step
 * {@code p = −V(|Λ| + δI)⁻¹Vᵀg − η(I − VVᵀ)g} with {@code η = 1/|λ_{k+1}|} and a line search. Newton where
 * the curvature is large, a gradient step scaled to the rest of the spectrum elsewhere; its Hessian-vector
 * products are charged to it like any other evaluation.
 */
package org.hesstrucks.optimizer.eigennewton;
