/**
 * The evaluator's data layer: {@link io.nas4j.evaluator.data.DatasetLoader} turns a
 * {@link io.nas4j.searchspace.spec.DatasetSpec} into a {@link io.nas4j.evaluator.data.LoadedDataset} of
 * plain float arrays (train / validation / test splits, normalized with statistics from the training
 * split only); {@link io.nas4j.evaluator.data.Augmenter} augments training batches.
 *
 * <p>This package and its sub-packages depend on the JDK, Jackson, SLF4J and the search-space spec
 * only: no engine, no GA library, no database.
 */
package io.nas4j.evaluator.data;
