/**
 * The {@code null-space} probe: the numerical rank of the Gauss-Newton matrix G over its k largest
 * eigenvalues (G has rank at most samples × outputs, so for a wide network most directions are null).
 *
 * <p>TODO (issue 7): the share of SWAG's deviation energy in G's near-null space, once the harness's SWAG
 * collection exposes its deviation matrix to probes: the computation is
 * {@link org.hesstrucks.analysis.spectrum.SubspaceEnergy#nearNullShare} on this probe's eigenpairs.
 */
package org.hesstrucks.probe.nullspace;
