package io.nas4j.strategies.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.strategies.pruning.SyntheticStudy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SynchronousHalvingTest {
    private static final ComponentSpec SH = new ComponentSpec("successive-halving", Map.of("max_resource", 9));

    private static Scheduler create(ComponentSpec spec) {
        return Schedulers.create(spec, "val_accuracy", Direction.MAXIMIZE, 10);
    }

    @Test
    void bracketsFollowTheHyperbandPlan() {
        BracketPlan sh = BracketPlan.successiveHalving(2, 3, Resource.EPOCHS, 9);
        assertEquals(List.of(9, 3, 1), sh.sizes());
        assertEquals(List.of(Fidelity.epochs(1), Fidelity.epochs(3), Fidelity.epochs(9)), sh.fidelities());
        assertEquals(List.of(5, 1), BracketPlan.hyperband(1, 2, 3, Resource.EPOCHS, 9).sizes());
        assertEquals(List.of(Fidelity.epochs(3), Fidelity.epochs(9)),
                BracketPlan.hyperband(1, 2, 3, Resource.EPOCHS, 9).fidelities());
        assertEquals(List.of(3), BracketPlan.hyperband(0, 2, 3, Resource.EPOCHS, 9).sizes());
        assertEquals(List.of(Fidelity.epochs(1), Fidelity.epochs(3), Fidelity.epochs(10)),
                BracketPlan.successiveHalving(2, 3, Resource.EPOCHS, 10).fidelities(), "10 / 9 rounds to 1");
        assertEquals(2, BracketPlan.maxHalvings(1, 10, 3));
        BracketPlan data = BracketPlan.successiveHalving(2, 3, Resource.DATA_FRACTION, 1.0);
        assertEquals(1.0 / 9, data.fidelities().get(0).dataFraction(), 1e-12);
        assertEquals(1.0, data.fidelities().get(2).dataFraction(), 1e-12);
    }

    /** Quality of fresh trial n: 0, 0.7, 0.5, 0.3, 0.1, 0.8, 0.6, 0.4, 0.2, 0, 0.7, ... */
    private static double quality(int fresh) {
        return (fresh * 7) % 9 / 10.0;
    }

    /**
     * A sequential runner: asks the scheduler, records the trial, trains it fully. With
     * {@code restart}, the scheduler is rebuilt from the spec before every question.
     */
    private static List<String> sequentialRun(ComponentSpec spec, int trials, boolean restart) {
        Scheduler scheduler = create(spec);
        SyntheticStudy study = SyntheticStudy.accuracy();
        Map<Integer, Double> qualities = new HashMap<>();
        List<String> log = new ArrayList<>();
        for (int n = 0; n < trials; n++) {
            if (restart) {
                scheduler = create(spec);
            }
            Assignment a = scheduler.next(study.history(), study.curves());
            Proposal p;
            double q;
            if (a instanceof Assignment.Promotion promo) {
                p = promo.proposal(study.history());
                q = qualities.get(promo.parent());
                log.add("promote " + promo.parent() + " to rung " + a.rung() + ", " + a.fidelity().describe());
            } else {
                p = new Proposal(((Assignment.NewTrial) a).apply(SyntheticStudy.candidate(n)), Lineage.RANDOM);
                q = quality(n);
                log.add("new, " + a.fidelity().describe());
            }
            qualities.put(n, q);
            Candidate c = p.candidate();
            int epochs = c.integer("epochs", 0);
            double[] curve = new double[epochs];
            for (int e = 1; e <= epochs; e++) {
                curve[e - 1] = q * (1 - Math.pow(0.5, e));
            }
            study.put(n, TrialState.COMPLETE, c, p.lineage(), curve);
        }
        return log;
    }

    @Test
    void successiveHalvingPromotesTheBestThirdRungByRung() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            expected.add("new, 1 epoch");
        }
        expected.addAll(List.of("promote 5 to rung 1, 3 epochs", "promote 1 to rung 1, 3 epochs",
                "promote 6 to rung 1, 3 epochs", "promote 9 to rung 2, 9 epochs", "new, 1 epoch"));
        assertEquals(expected, sequentialRun(SH, 14, false));
    }

    @Test
    void aRestartedStudyResumesTheSameBrackets() {
        assertEquals(sequentialRun(SH, 30, false), sequentialRun(SH, 30, true));
        ComponentSpec hb = new ComponentSpec("hyperband", Map.of("max_resource", 9));
        assertEquals(sequentialRun(hb, 40, false), sequentialRun(hb, 40, true));
    }

    @Test
    void hyperbandMovesOnToTheNextBracket() {
        List<String> log = sequentialRun(new ComponentSpec("hyperband", Map.of("max_resource", 9)), 20, false);
        assertEquals("promote 9 to rung 2, 9 epochs", log.get(12));
        assertEquals(List.of("new, 3 epochs", "new, 3 epochs", "new, 3 epochs", "new, 3 epochs", "new, 3 epochs",
                "promote 14 to rung 1, 9 epochs", "new, 9 epochs"), log.subList(13, 20));
    }

    @Test
    void aWaitingRungLetsWorkersStartTheNextBracket() {
        Scheduler s = create(SH);
        SyntheticStudy study = SyntheticStudy.accuracy();
        for (int t = 0; t < 9; t++) {
            study.put(t, t == 4 ? TrialState.RUNNING : TrialState.COMPLETE,
                    Fidelity.epochs(1).applyTo(SyntheticStudy.candidate(t)), Lineage.RANDOM, quality(t));
        }
        assertEquals(new Assignment.NewTrial(Fidelity.epochs(1), 0), s.next(study.history(), study.curves()),
                "trial 4 still runs: rung 0 of bracket 0 is not decided, bracket 1 starts");
        for (int t = 9; t < 18; t++) {
            study.put(t, TrialState.COMPLETE, Fidelity.epochs(1).applyTo(SyntheticStudy.candidate(t)), Lineage.RANDOM,
                    quality(t));
        }
        assertEquals(new Assignment.Promotion(14, 1, Fidelity.epochs(3)), s.next(study.history(), study.curves()),
                "bracket 1 is decided first");
        study.state(4, TrialState.COMPLETE);
        assertEquals(new Assignment.Promotion(5, 1, Fidelity.epochs(3)), s.next(study.history(), study.curves()),
                "then bracket 0 comes first again");
    }

    @Test
    void failedPrunedAndNaNTrialsAreNeverPromoted() {
        Scheduler s = create(SH);
        SyntheticStudy study = SyntheticStudy.accuracy();
        for (int t = 0; t < 9; t++) {
            TrialState state = t == 5 ? TrialState.FAILED : t == 1 ? TrialState.PRUNED : TrialState.COMPLETE;
            study.put(t, state, SyntheticStudy.candidate(t), Lineage.RANDOM, t == 6 ? Double.NaN : quality(t));
        }
        assertEquals(new Assignment.Promotion(2, 1, Fidelity.epochs(3)), s.next(study.history(), study.curves()),
                "5 failed, 1 was pruned, 6 is NaN: 2 (0.5) is the best left");
        assertFalse(s.decide(0, study.epochs(0), study.curves()).prune(), "synchronous halving never stops a trial");
    }
}
