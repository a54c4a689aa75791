/**
 * Search spaces: the chain architecture space (stages of block options), the hyperparameter
 * space, and {@link io.nas4j.searchspace.space.SearchSpace}, which decodes genes into candidates,
 * enumerates grids and checks feasibility.
 */
package io.nas4j.searchspace.space;
