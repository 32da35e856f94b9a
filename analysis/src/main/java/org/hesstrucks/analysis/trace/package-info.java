/**
 * Stochastic trace estimation: Hutchinson's estimator with Rademacher probes (for B and B²), Hutch++ (Meyer,
 * Musco, Musco and Woodruff 2021) and paired probes for a difference of two operators' traces, each with its
 * standard error.
 */
package org.hesstrucks.analysis.trace;
