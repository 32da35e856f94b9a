/**
 * Test-only conformance checks of the optimizer plugins against SciPy: {@code ScipyConformanceTest} runs
 * {@code lbfgs} and {@code newton-cg} (found by id through ServiceLoader, never imported) on the classic test
 * problems and compares their evaluation counts and minimisers with the fixture that
 * {@code scripts/scipy_reference.py} writes from SciPy's {@code minimize}.
 */
package org.hesstrucks.optimizer.conformance;
