/**
 * Strategy benchmarks on tabular benchmarks: every strategy, budget and seed run in memory against
 * a {@link io.nas4j.evaluator.tabular.BenchmarkTable}, with no store, summarized as mean and
 * standard deviation of the final metric found.
 */
package io.nas4j.cli.bench;
