/**
 * Readers for user datasets: CSV with a header ({@link io.nas4j.evaluator.data.format.CsvReader}),
 * IDX files raw or gzip ({@link io.nas4j.evaluator.data.format.IdxReader}, written by
 * {@link io.nas4j.evaluator.data.format.IdxWriter}) and folders of images, one subfolder per class
 * ({@link io.nas4j.evaluator.data.format.ImageFolderReader}). Each produces a
 * {@link io.nas4j.evaluator.data.raw.RawDataset}; errors are
 * {@link io.nas4j.evaluator.data.DatasetException}s naming the file, line and problem.
 */
package io.nas4j.evaluator.data.format;
