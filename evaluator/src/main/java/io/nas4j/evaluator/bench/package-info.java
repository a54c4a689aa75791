/**
 * Benchmarks of the evaluator run by hand from {@code bench/} (never by the test suite):
 * training throughput against the engine's matMul rate ({@link io.nas4j.evaluator.bench.ThroughputBench})
 * and resident memory across consecutive trials ({@link io.nas4j.evaluator.bench.MemoryBench}).
 */
package io.nas4j.evaluator.bench;
