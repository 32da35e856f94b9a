/**
 * Classic unconstrained test problems with published minima, for optimizer tests: Rosenbrock, extended
 * Rosenbrock, Beale, Powell singular, Wood, Brown badly scaled and helical valley from Moré, Garbow &amp;
 * Hillstrom, "Testing unconstrained optimization software", ACM TOMS 7(1), 1981, pp. 17–41 (cited as MGH with
 * the problem number), plus a strongly convex, ill-conditioned non-quadratic problem with a known minimiser
 * for rate tests. Each is an {@link org.hesstrucks.objective.Objective} with an exact Hessian-vector product,
 * bundled with its standard start, minimiser and minimum value in a
 * {@link org.hesstrucks.testkit.problems.TestProblem}; {@link org.hesstrucks.testkit.problems.TestProblems}
 * makes them.
 */
package org.hesstrucks.testkit.problems;
