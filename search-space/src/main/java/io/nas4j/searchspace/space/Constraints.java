package io.nas4j.searchspace.space;

/**
 * Limits a feasible candidate must respect; a candidate over a limit is recorded INFEASIBLE.
 *
 * @param maxParams most parameters, or 0 for no limit
 * @param maxFlops most FLOPs per example, or 0 for no limit
 */
public record Constraints(long maxParams, long maxFlops) {
    /** No limits. */
    public static final Constraints NONE = new Constraints(0, 0);

    /** Validates the limits. */
    public Constraints {
        if (maxParams < 0 || maxFlops < 0) {
            throw new IllegalArgumentException("constraints must be >= 0");
        }
    }
}
