/**
 * Matrix-free analysis of symmetric curvature operators: everything here touches an operator only through
 * {@link org.hesstrucks.curvature.CurvatureOperator#apply}. Sub-packages: {@code dense} (small dense
 * eigenproblems and orthonormalisation), {@code spectrum} (Lanczos, power iteration, stochastic Lanczos
 * quadrature, principal angles, numerical rank), {@code trace} (Hutchinson, Hutch++, paired traces) and
 * {@code split} (the H = G + S summary). Every routine reports the operator products it used.
 */
package org.hesstrucks.analysis;
