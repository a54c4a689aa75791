/**
 * An evaluator that trains nothing: deterministic learning curves computed from the candidate,
 * for testing and measuring the platform itself (runner, store, strategies, workers).
 */
package io.nas4j.evaluator.synthetic;
