/** Multi-objective search: NSGA-II on Jenetics' MOEA support, and Pareto fronts of trials. */
package io.nas4j.strategies.pareto;
