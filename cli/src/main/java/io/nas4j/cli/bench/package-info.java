/**
 * Benchmarks of the platform run by hand from {@code bench/} (never by the test suite): the
 * per-trial overhead of proposing, storing and bookkeeping ({@link io.nas4j.cli.bench.PlatformOverheadBench}).
 */
package io.nas4j.cli.bench;
