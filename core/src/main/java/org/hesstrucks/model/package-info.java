/**
 * The model SPI: a {@link org.hesstrucks.model.Model} is a parametrised loss over a training set (or a
 * function without data, such as a quadratic). It hands out one {@link org.hesstrucks.objective.Objective}
 * per {@link org.hesstrucks.objective.Batch}, from which curvature operators are built, and knows how to draw
 * its initial parameters from a seed.
 */
package org.hesstrucks.model;
