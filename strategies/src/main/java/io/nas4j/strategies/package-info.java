/**
 * Search strategies: the {@link io.nas4j.strategies.Strategy} contract, the
 * {@link io.nas4j.strategies.StrategyFactory} that builds one from a spec, and what every strategy
 * shares (seed derivation, option validation, the screen that keeps proposals new and feasible).
 */
package io.nas4j.strategies;
