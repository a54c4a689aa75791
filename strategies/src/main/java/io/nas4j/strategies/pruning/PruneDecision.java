package io.nas4j.strategies.pruning;

import io.nas4j.searchspace.evaluation.EpochDecision;
import java.util.OptionalInt;

/**
 * A pruner's answer after one epoch: go on, or stop with a reason the runner stores as the
 * trial's message. Rung-based rules ({@code asha}) also say which rung the trial reached or
 * stopped at; the runner stores it as the trial attribute {@code rung}.
 *
 * @param prune whether to stop the trial now (it ends PRUNED)
 * @param reason why it stops, e.g. {@code pruned at epoch 3: best val_accuracy 0.61 is below the
 *     median 0.74 of 12 trials at that epoch}; null when it goes on
 * @param rung the rung reached (when going on) or stopped at (when pruned), from 0; -1 when the
 *     rule has no rungs or the epoch is not a rung boundary
 */
public record PruneDecision(boolean prune, String reason, int rung) {
    /** Go on, no rung. */
    public static final PruneDecision CONTINUE = new PruneDecision(false, null, -1);

    /** Validates: a pruned trial needs a reason, a continued one has none. */
    public PruneDecision {
        if (prune && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a prune decision needs a reason");
        }
        if (!prune && reason != null) {
            throw new IllegalArgumentException("a continue decision has no reason, got '" + reason + "'");
        }
        if (rung < -1) {
            throw new IllegalArgumentException("rung must be >= 0, or -1 for none, got " + rung);
        }
    }

    /** Go on. */
    public static PruneDecision proceed() {
        return CONTINUE;
    }

    /** Go on: the trial passed rung {@code rung}. */
    public static PruneDecision promoted(int rung) {
        return new PruneDecision(false, null, rung);
    }

    /** Stop for {@code reason}. */
    public static PruneDecision prune(String reason) {
        return new PruneDecision(true, reason, -1);
    }

    /** Stop at rung {@code rung} for {@code reason}. */
    public static PruneDecision pruneAtRung(String reason, int rung) {
        return new PruneDecision(true, reason, rung);
    }

    /** The answer the runner gives the evaluator. */
    public EpochDecision toEpochDecision() {
        return prune ? EpochDecision.PRUNE : EpochDecision.CONTINUE;
    }

    /** The rung, when the decision was taken at a rung boundary. */
    public OptionalInt rungReached() {
        return rung < 0 ? OptionalInt.empty() : OptionalInt.of(rung);
    }
}
