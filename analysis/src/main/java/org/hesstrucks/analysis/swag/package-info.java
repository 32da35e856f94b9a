/**
 * SWA and SWAG (Maddox, Garipov, Izmailov, Vetrov and Wilson, "A Simple Baseline for Bayesian Uncertainty in
 * Deep Learning", NeurIPS 2019): a {@link org.hesstrucks.analysis.swag.SwagCollector} keeps the running mean
 * (the SWA solution) and diagonal variance of snapshots of the parameters by Welford's update, plus the last K
 * deviations from the running mean in a preallocated ring buffer; a {@link
 * org.hesstrucks.analysis.swag.SwagPosterior} frozen from it draws seeded SWAG samples, reports the deviation
 * matrix's spectrum, and {@link org.hesstrucks.analysis.swag.SwagOverlap} measures how much of its deviation
 * subspace lies in the top-k eigenspace of a curvature operator.
 */
package org.hesstrucks.analysis.swag;
