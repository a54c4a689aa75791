/** Benchmarks of the store (main programs, never run by the test suite). */
package io.nas4j.store.bench;
