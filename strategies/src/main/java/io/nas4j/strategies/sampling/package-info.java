/** Strategies that sample the space without learning from results: random and grid search. */
package io.nas4j.strategies.sampling;
