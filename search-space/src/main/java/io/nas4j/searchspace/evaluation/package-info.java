/**
 * The evaluation contract between the study runner and an evaluator: train a candidate, report
 * each epoch (and hear whether to stop), return final metrics.
 */
package io.nas4j.searchspace.evaluation;
