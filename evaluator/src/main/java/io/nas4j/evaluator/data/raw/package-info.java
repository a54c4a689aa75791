/**
 * Decoded examples before splitting: what a format reader produces and what the loader caches per
 * process. Pixel data stays as unsigned bytes ({@link io.nas4j.evaluator.data.raw.ByteFeatures}) so a
 * cached image dataset costs one byte per value; tabular data is held as floats.
 */
package io.nas4j.evaluator.data.raw;
