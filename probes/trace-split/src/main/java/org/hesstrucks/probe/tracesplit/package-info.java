/**
 * The {@code trace-split} probe: tr(H), tr(G) and tr(S) = tr(H − G) on the probe batch by Hutchinson's
 * estimator with paired Rademacher probes (zᵀHz − zᵀGz on the same z), each with its standard error.
 */
package org.hesstrucks.probe.tracesplit;
