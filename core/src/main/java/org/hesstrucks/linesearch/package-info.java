/**
 * Line searches: given a point, its value and gradient, and a descent direction, find a step length that
 * satisfies the search's conditions. {@link org.hesstrucks.linesearch.BacktrackingLineSearch} is the draft's
 * Algorithm 1 (Armijo backtracking); {@link org.hesstrucks.linesearch.StrongWolfeLineSearch} is Nocedal &amp;
 * Wright's Algorithms 3.5 and 3.6 (bracketing and zoom, strong Wolfe conditions), the default of
 * quasi-Newton methods. Each search is also a {@link org.hesstrucks.linesearch.LineSearchPlugin}; an
 * optimizer's config names one with a {@link org.hesstrucks.linesearch.LineSearchSpec}
 * ({@code "lineSearch": {"id": "backtracking", "shrink": 0.5}}) and gets an instance from its setup, and says
 * what to do when a search fails with a {@link org.hesstrucks.linesearch.LineSearchFailurePolicy}
 * ({@code "onLineSearchFailure": "accept-last"}).
 */
package org.hesstrucks.linesearch;
