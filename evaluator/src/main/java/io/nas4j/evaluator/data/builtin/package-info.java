/**
 * Built-in datasets: {@code iris} (bundled CSV), {@code xor} (generated), {@code fashion-mnist} and
 * {@code mnist} (fetched once into a local cache as IDX files and checksum-verified on every load).
 * {@link io.nas4j.evaluator.data.builtin.DatasetCatalog} lists them, {@link
 * io.nas4j.evaluator.data.builtin.DatasetFetcher} downloads and converts them, {@link
 * io.nas4j.evaluator.data.builtin.BuiltInDatasets} decodes them.
 */
package io.nas4j.evaluator.data.builtin;
