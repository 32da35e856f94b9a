/**
 * Eigenvalues of symmetric operators without forming them: Lanczos with full reorthogonalisation
 * ({@link org.hesstrucks.analysis.spectrum.Lanczos}), power iteration with deflation as the cheap baseline,
 * the spectral density by stochastic Lanczos quadrature, principal angles between subspaces, the share of
 * vectors' energy in a subspace (SWAG's deviations in G's near-null space), effective dimensionality and
 * numerical rank.
 */
package org.hesstrucks.analysis.spectrum;
