/**
 * Regression checks on JMH results: {@link org.hesstrucks.harness.bench.BenchCompare} compares two JMH JSON
 * files benchmark by benchmark (ratio, and whether the difference exceeds the combined error) and fails on a
 * significant slowdown beyond a threshold. {@code hesstrucks bench-compare OLD.json NEW.json} runs it.
 */
package org.hesstrucks.harness.bench;
