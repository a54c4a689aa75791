/**
 * Evolutionary strategies on the search space's genes: the Jenetics codec, generation-batched
 * genetic search and asynchronous regularized (aging) evolution.
 */
package io.nas4j.strategies.evolution;
