/**
 * Tools around the benchmarks: {@link org.hesstrucks.bench.BenchSummary} turns a JMH JSON result file into the
 * tables of docs/performance.md. Comparing two result files is the harness's {@code hesstrucks bench-compare}.
 */
package org.hesstrucks.bench;
