/**
 * Tabular benchmarks: a CSV of precomputed results per NAS-Bench-201 cell
 * ({@link io.nas4j.evaluator.tabular.BenchmarkTable}), an evaluator that answers trials by lookup
 * ({@link io.nas4j.evaluator.tabular.TabularEvaluator}), and a generator of a synthetic table
 * ({@link io.nas4j.evaluator.tabular.SyntheticBenchmark}) for tests and demos.
 */
package io.nas4j.evaluator.tabular;
