/**
 * Using an exported model from an application: {@link io.nas4j.evaluator.export.ExportedModel}
 * loads an export directory written by {@code nas4j export} (architecture, weights and
 * {@link io.nas4j.evaluator.export.Preprocessing}) and predicts from raw features, directly or
 * through a DJL {@link ai.djl.inference.Predictor}.
 */
package io.nas4j.evaluator.export;
