/**
 * Training candidates with DJL on the MXNet engine: {@link io.nas4j.evaluator.djl.NetworkBuilder}
 * turns an architecture into a DJL block that matches shape inference,
 * {@link io.nas4j.evaluator.djl.DjlEvaluator} trains and measures a candidate on a loaded
 * dataset, and {@link io.nas4j.evaluator.djl.SavedNetwork} reloads kept weights to predict.
 */
package io.nas4j.evaluator.djl;
