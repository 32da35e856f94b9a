/**
 * Functions on a flat parameter vector: {@link org.hesstrucks.objective.Objective} (value, value and
 * gradient into a caller-owned array, curvature at a point) and {@link org.hesstrucks.objective.Batch}, the
 * sample indices an objective with data is evaluated on. A model with data hands out one objective per batch;
 * a model without data (a quadratic) ignores the batch and counts as one sample per evaluation.
 */
package org.hesstrucks.objective;
