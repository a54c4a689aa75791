package io.nas4j.store;

/**
 * One per-epoch value of one metric of one trial: a point of a learning curve.
 *
 * @param trialNumber the trial
 * @param epoch the epoch, from 1
 * @param value the metric value (may be NaN)
 */
public record MetricPoint(int trialNumber, int epoch, double value) {
}
