/**
 * Line-search Newton-CG (truncated Newton; Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed.,
 * Algorithm 7.1, with the corrections of reference/ERRATA.md to the draft's Algorithm 5): each outer step builds
 * the curvature operator B once, solves (B + λI)p = −∇f approximately by conjugate gradients truncated by a
 * forcing term, a curvature test and an iteration cap, and searches along p starting at α = 1. Optional
 * damping (fixed λ or Levenberg–Marquardt adaptation from the ratio of actual to predicted decrease) keeps the
 * steps Newton-like on non-convex objectives.
 */
package org.hesstrucks.optimizer.newtoncg;
