package io.nas4j.cli.run;

import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.strategies.Strategy;
import java.util.List;
import java.util.Objects;

/**
 * A strategy that first proposes a given candidate (lineage operator {@value #OPERATOR}), then
 * hands over to another strategy. The seed is proposed once per study: not again when the history
 * already holds a trial with that operator (a continued run).
 */
public final class SeededStrategy implements Strategy {
    /** The lineage operator of the seed trial. */
    public static final String OPERATOR = "seed";

    private final Strategy delegate;
    private final Candidate seed;

    /** Proposes {@code seed} first, then whatever {@code delegate} proposes. */
    public SeededStrategy(Strategy delegate, Candidate seed) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.seed = Objects.requireNonNull(seed, "seed");
    }

    @Override
    public List<Proposal> propose(History history, int limit) {
        boolean seeded = history.trials().stream().anyMatch(t -> OPERATOR.equals(t.lineage().operator()));
        if (!seeded && limit > 0) {
            return List.of(new Proposal(seed, Lineage.initial(OPERATOR)));
        }
        return delegate.propose(history, limit);
    }
}
