package io.nas4j.searchspace.trial;

import io.nas4j.searchspace.candidate.Candidate;
import java.util.Objects;

/**
 * A candidate a strategy wants evaluated, with its lineage.
 *
 * @param candidate the candidate as proposed (repair happens when it is recorded)
 * @param lineage where it came from
 */
public record Proposal(Candidate candidate, Lineage lineage) {
    /** Checks for nulls. */
    public Proposal {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(lineage, "lineage");
    }
}
