package io.nas4j.strategies;

import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ShapeReport;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Keeps proposals new and feasible: tries a strategy's attempts in order and keeps the first
 * candidate that passes {@link SearchSpace#check} (repaired) and whose fingerprint has not been
 * seen. When no attempt within the limit is feasible, the first new infeasible one is kept (the
 * runner records it INFEASIBLE, which tells the user why); when none is new, nothing is kept.
 *
 * <p>One screen serves one {@code propose} call: it remembers what it let through, so a batch
 * holds no duplicates either.
 */
public final class CandidateScreen {
    private final SearchSpace space;
    private final Set<String> seen;
    private final int maxAttempts;

    /**
     * Creates a screen.
     *
     * @param space the space that checks and repairs candidates
     * @param seenFingerprints fingerprints that count as already proposed
     * @param maxAttempts how many attempts {@link #pick} tries, at least 1
     */
    public CandidateScreen(SearchSpace space, Collection<String> seenFingerprints, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        this.space = space;
        this.seen = new HashSet<>(seenFingerprints);
        this.maxAttempts = maxAttempts;
    }

    /** A screen that treats every trial of {@code trials} as already proposed. */
    public static CandidateScreen excluding(SearchSpace space, Collection<TrialRecord> trials, int maxAttempts) {
        return new CandidateScreen(space, trials.stream().map(TrialRecord::fingerprint).toList(), maxAttempts);
    }

    /**
     * Tries {@code attempt.apply(0)}, {@code attempt.apply(1)}, ... up to the attempt limit and
     * returns the first feasible new proposal with its candidate repaired; otherwise the first new
     * infeasible one; otherwise empty. The returned candidate's fingerprint counts as seen from
     * then on. An attempt may return null to skip its turn.
     */
    public Optional<Proposal> pick(IntFunction<Proposal> attempt) {
        Proposal fallback = null;
        String fallbackFingerprint = null;
        for (int a = 0; a < maxAttempts; a++) {
            Proposal p = attempt.apply(a);
            if (p == null) {
                continue;
            }
            Optional<Candidate> repaired = feasible(p.candidate());
            if (repaired.isPresent()) {
                String fp = repaired.get().fingerprint();
                if (seen.add(fp)) {
                    return Optional.of(new Proposal(repaired.get(), p.lineage()));
                }
            } else if (fallback == null) {
                String fp = p.candidate().fingerprint();
                if (!seen.contains(fp)) {
                    fallback = p;
                    fallbackFingerprint = fp;
                }
            }
        }
        if (fallback != null) {
            seen.add(fallbackFingerprint);
        }
        return Optional.ofNullable(fallback);
    }

    /** Whether a candidate with this fingerprint was seen (in the history or let through). */
    public boolean seen(String fingerprint) {
        return seen.contains(fingerprint);
    }

    /** The repaired candidate, or empty when it is infeasible. */
    public Optional<Candidate> feasible(Candidate candidate) {
        try {
            ShapeReport report = space.check(candidate);
            return Optional.of(space.repaired(candidate, report));
        } catch (InfeasibleArchitectureException e) {
            return Optional.empty();
        }
    }
}
