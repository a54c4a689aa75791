package io.nas4j.searchspace.evaluation;

/** The runner's answer to a reported epoch: go on, or stop because the trial was pruned. */
public enum EpochDecision {
    CONTINUE, PRUNE
}
