package io.nas4j.cli.run;

import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ShapeReport;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.store.NewTrial;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.strategies.Strategy;
import io.nas4j.strategies.scheduling.Assignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Asks the strategy (and the multi-fidelity scheduler, when the spec has one) for new trials,
 * checks each proposal's shapes and records it: WAITING when it can train, INFEASIBLE with the
 * reason when it cannot. Only the coordinator of a study proposes.
 */
public final class Proposer {
    private final SearchSpace space;
    private final Strategy strategy;
    private final StudyStorage storage;
    private final Study study;
    private final EarlyStopping stopping;

    /**
     * A proposer.
     *
     * @param spec the study's spec (for its scheduler)
     * @param space the search space the proposals are checked against
     * @param strategy the strategy, rebuilt for this run
     * @param storage the store
     * @param study the study
     */
    public Proposer(StudySpec spec, SearchSpace space, Strategy strategy, StudyStorage storage, Study study) {
        this.space = Objects.requireNonNull(space, "space");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.study = Objects.requireNonNull(study, "study");
        this.stopping = EarlyStopping.of(spec);
    }

    /**
     * Records up to {@code limit} new trials (WAITING or INFEASIBLE), in proposal order.
     *
     * @return the recorded trials; empty when the strategy has nothing to propose now (it waits for
     *     results while trials are WAITING or RUNNING, and is exhausted when none are)
     */
    public List<TrialRecord> proposeAndRecord(History history, int limit) {
        List<TrialRecord> recorded = new ArrayList<>();
        if (limit <= 0) {
            return recorded;
        }
        if (stopping.scheduler().isEmpty()) {
            for (Proposal p : strategy.propose(history, limit)) {
                recorded.add(record(p));
            }
            return recorded;
        }
        // a scheduler decides one assignment at a time (a promotion or a new trial at a rung)
        History current = history;
        for (int i = 0; i < limit; i++) {
            Assignment a = stopping.scheduler().get().next(current, stopping.curves(storage, study.id(), current));
            List<Proposal> proposals;
            if (a instanceof Assignment.Promotion promotion) {
                proposals = List.of(promotion.proposal(current));
            } else {
                Assignment.NewTrial fresh = (Assignment.NewTrial) a;
                proposals = strategy.propose(current, 1).stream()
                        .map(p -> new Proposal(fresh.apply(p.candidate()), p.lineage())).toList();
            }
            if (proposals.isEmpty()) {
                break;
            }
            for (Proposal p : proposals) {
                TrialRecord r = record(p);
                if (a.rung() >= 0) {
                    storage.setAttribute(study.id(), r.number(), "rung", Integer.toString(a.rung()));
                }
                recorded.add(r);
            }
            current = storage.history(study.id());
        }
        return recorded;
    }

    /** Checks a proposal and records it WAITING (or INFEASIBLE with the reason). */
    private TrialRecord record(Proposal p) {
        Candidate candidate = p.candidate();
        try {
            ShapeReport report = space.check(candidate);
            Candidate built = space.repaired(candidate, report);
            return storage.createTrial(study.id(), NewTrial.waiting(built, p.lineage(), report.params(), report.flops()));
        } catch (InfeasibleArchitectureException e) {
            return storage.createTrial(study.id(), NewTrial.infeasible(candidate, p.lineage(), e.getMessage()));
        }
    }
}
