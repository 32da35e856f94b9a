/**
 * The model SPI: a {@link org.hesstrucks.model.Model} is a parametrised loss over a training set (or a
 * function without data, such as a quadratic). It hands out one {@link org.hesstrucks.objective.Objective}
 * per {@link org.hesstrucks.objective.Batch}, from which curvature operators are built, and knows how to draw
 * its initial parameters from a seed. Optional hooks: held-out metrics, and
 * {@link org.hesstrucks.model.HeldOutPredictions} that can be averaged over parameter samples (SWAG).
 */
package org.hesstrucks.model;
