package org.hesstrucks.analysis.trace;

/**
 * A stochastic trace estimate.
 *
 * @param value the estimate
 * @param standardError the sample standard deviation of the averaged terms over √(their number); 0 with one
 *     probe (no spread to measure)
 * @param products operator products spent
 */
public record TraceEstimate(double value, double standardError, long products) {}
