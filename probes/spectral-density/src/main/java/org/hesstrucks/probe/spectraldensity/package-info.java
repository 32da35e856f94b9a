/**
 * The {@code spectral-density} probe: the curvature's eigenvalue density on the probe batch by stochastic
 * Lanczos quadrature (Rademacher starts, Gaussian smoothing), with its cumulative distribution.
 */
package org.hesstrucks.probe.spectraldensity;
