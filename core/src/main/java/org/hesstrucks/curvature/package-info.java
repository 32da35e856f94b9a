/**
 * Curvature as an operator: {@link org.hesstrucks.curvature.CurvatureOperator} is built once at a point
 * (and batch) and then applied to many vectors, so conjugate gradients and Lanczos pay only the marginal
 * cost of each product. {@link org.hesstrucks.curvature.FiniteDifferenceCurvature} gives forward- and
 * central-difference products for any objective, with step sizes scaled to the point and the direction.
 */
package org.hesstrucks.curvature;
