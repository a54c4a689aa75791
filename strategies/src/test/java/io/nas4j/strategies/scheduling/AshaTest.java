package io.nas4j.strategies.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.strategies.pruning.PruneDecision;
import io.nas4j.strategies.pruning.SyntheticStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AshaTest {
    private static final String METRIC = "val_accuracy";

    private static Scheduler asha(Map<String, Object> options) {
        return Schedulers.create(new ComponentSpec("asha", options), METRIC, Direction.MAXIMIZE, 0);
    }

    private static PruneDecision ask(Scheduler s, SyntheticStudy study, int trial) {
        return s.decide(trial, study.epochs(trial), study.curves());
    }

    @Test
    void rungsAreAtMinResourceTimesPowersOfEta() {
        Scheduler s = asha(Map.of());
        SyntheticStudy study = SyntheticStudy.accuracy().trial(0, TrialState.RUNNING, 0.5);
        assertEquals(PruneDecision.promoted(0), ask(s, study, 0), "the first trial at a rung always goes on");
        assertEquals(PruneDecision.proceed(), ask(s, study.report(0, 0.6), 0), "epoch 2 is no rung");
        assertEquals(PruneDecision.promoted(1), ask(s, study.report(0, 0.7), 0));
        Scheduler r2 = asha(Map.of("min_resource", 2, "reduction_factor", 2));
        assertEquals(PruneDecision.proceed(), ask(r2, SyntheticStudy.accuracy().trial(0, TrialState.RUNNING, 0.5), 0));
        assertEquals(PruneDecision.promoted(1), ask(r2, SyntheticStudy.accuracy().trial(0, TrialState.RUNNING,
                0.5, 0.5, 0.5, 0.5), 0), "rungs at 2, 4, 8");
    }

    @Test
    void onlyTheTopThirdOfTheRungGoesOn() {
        Scheduler s = asha(Map.of());
        SyntheticStudy study = SyntheticStudy.accuracy().trial(0, TrialState.PRUNED, 0.5)
                .trial(1, TrialState.RUNNING, 0.6).trial(2, TrialState.COMPLETE, 0.7, 0.7, 0.7)
                .trial(3, TrialState.RUNNING, 0.4).trial(4, TrialState.RUNNING, 0.8);
        PruneDecision stop = ask(s, study, 3);
        assertTrue(stop.prune());
        assertEquals(0, stop.rung());
        assertEquals("stopped at rung 0 (epoch 1): not in the top 1/3 of 5 trials at that rung (best val_accuracy 0.4 "
                + "ranks 5th)", stop.reason());
        assertEquals(PruneDecision.promoted(0), ask(s, study, 4));
        study.trial(5, TrialState.RUNNING, 0.75).trial(6, TrialState.RUNNING, 0.65);
        // 7 trials at rung 0: the top floor(7/3) = 2 go on (0.8, 0.75)
        assertFalse(ask(s, study, 5).prune());
        assertEquals("stopped at rung 0 (epoch 1): not in the top 1/3 of 7 trials at that rung (best val_accuracy 0.65 "
                + "ranks 4th)", ask(s, study, 6).reason());
    }

    @Test
    void outOfOrderCompletionsOnlySeeWhatIsRecorded() {
        Scheduler s = asha(Map.of());
        SyntheticStudy study = SyntheticStudy.accuracy();
        for (int t = 0; t < 5; t++) {
            study.trial(t, TrialState.RUNNING, 0.5 + 0.01 * t);
        }
        study.trial(5, TrialState.RUNNING, 0.8, 0.82, 0.85);
        // trial 5 reaches rung 1 (epoch 3) before trial 2 has its second epoch: it is alone there
        assertEquals(PruneDecision.promoted(1), ask(s, study, 5));
        study.report(2, 0.72).report(2, 0.75);
        PruneDecision late = ask(s, study, 2);
        assertEquals("stopped at rung 1 (epoch 3): not in the top 1/3 of 2 trials at that rung (best val_accuracy 0.75 "
                + "ranks 2nd)", late.reason());
        assertEquals(1, late.rung());
        study.trial(2, TrialState.RUNNING, 0.52, 0.8, 0.9);
        assertEquals(PruneDecision.promoted(1), ask(s, study, 2), "better than trial 5 at rung 1");
    }

    @Test
    void asyncHyperbandBracketsCompeteSeparately() {
        Scheduler s = asha(Map.of("brackets", 2));
        SyntheticStudy study = SyntheticStudy.accuracy().trial(0, TrialState.RUNNING, 0.99, 0.99, 0.99)
                .trial(3, TrialState.RUNNING, 0.5, 0.5, 0.5).trial(1, TrialState.RUNNING, 0.1);
        assertEquals(PruneDecision.proceed(), ask(s, study, 1), "bracket 1 starts at epoch 3");
        study.report(1, 0.2).report(1, 0.6);
        assertEquals(PruneDecision.promoted(0), ask(s, study, 1), "only trial 3 of bracket 1 competes: 0.6 beats 0.5");
        study.trial(5, TrialState.RUNNING, 0.55, 0.55, 0.55);
        assertEquals("stopped at rung 0 (epoch 3): not in the top 1/3 of 3 trials at that rung (best val_accuracy "
                + "0.55 ranks 2nd)", ask(s, study, 5).reason());
    }

    @Test
    void startsTrialsWithMaxResourceAndNeverStopsThemAtTheTop() {
        Scheduler own = asha(Map.of());
        SyntheticStudy empty = SyntheticStudy.accuracy();
        assertEquals(new Assignment.NewTrial(Fidelity.candidateEpochs(), 0), own.next(empty.history(), empty.curves()));
        Scheduler nine = asha(Map.of("max_resource", 9));
        assertEquals(new Assignment.NewTrial(Fidelity.epochs(9), 0), nine.next(empty.history(), empty.curves()));
        SyntheticStudy study = SyntheticStudy.accuracy().trial(0, TrialState.RUNNING, new double[9])
                .trial(1, TrialState.RUNNING, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);
        study.trial(2, TrialState.RUNNING, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.0);
        assertEquals(PruneDecision.proceed(), nine.decide(0, study.epochs(0), study.curves()));
        assertTrue(own.decide(0, study.epochs(0), study.curves()).prune(), "without max_resource, 9 is rung 2");
    }

    /** Three workers train interleaved; the run restarts (new scheduler, view rebuilt) at some step. */
    @Test
    void aRestartedRunMakesTheSameDecisions() {
        Map<Integer, String> straight = parallelRun(-1);
        assertEquals(straight, parallelRun(7));
        assertEquals(straight, parallelRun(19));
        // qualities (t * 4) % 9 / 10: 0, 0.4, 0.8, 0.3, 0.7, 0.2, 0.6, 0.1, 0.5
        assertEquals("complete", straight.get(2), "the best trial trains all 9 epochs");
        assertEquals("complete", straight.get(0), "the first trial is alone at every rung it reaches (lenient start)");
        assertEquals("stopped at rung 0 (epoch 1)", straight.get(7), "0.1: only trial 0 is worse at rung 0");
    }

    /** Returns trial → how it ended ("complete" or the reason up to the colon). */
    private static Map<Integer, String> parallelRun(int restartAt) {
        ComponentSpec spec = new ComponentSpec("asha", Map.of("max_resource", 9));
        Scheduler scheduler = Schedulers.create(spec, METRIC, Direction.MAXIMIZE, 0);
        SyntheticStudy study = SyntheticStudy.accuracy();
        Map<Integer, String> ends = new TreeMap<>();
        List<Integer> running = new ArrayList<>();
        int next = 0;
        int step = 0;
        while (next < 9 || !running.isEmpty()) {
            while (running.size() < 3 && next < 9) {
                study.trial(next, TrialState.RUNNING);
                running.add(next++);
            }
            int t = running.get(step % running.size());
            if (step++ == restartAt) {
                scheduler = Schedulers.create(spec, METRIC, Direction.MAXIMIZE, 0);
            }
            int epoch = study.epochs(t).size() + 1;
            double quality = (t * 4) % 9 / 10.0;
            study.report(t, quality * (1 - Math.pow(0.5, epoch)));
            PruneDecision d = scheduler.decide(t, study.epochs(t), study.curves());
            if (d.prune() || epoch == 9) {
                ends.put(t, d.prune() ? d.reason().substring(0, d.reason().indexOf(':')) : "complete");
                study.state(t, d.prune() ? TrialState.PRUNED : TrialState.COMPLETE);
                running.remove(Integer.valueOf(t));
            }
        }
        return ends;
    }

    @Test
    void dataFractionIsScheduledByPromotions() {
        Scheduler s = asha(Map.of("resource", "data_fraction"));
        SyntheticStudy study = SyntheticStudy.accuracy();
        assertEquals(new Assignment.NewTrial(Fidelity.dataFraction(1.0 / 9), 0), s.next(study.history(), study.curves()));
        study.trial(0, TrialState.COMPLETE, 0.5).trial(1, TrialState.COMPLETE, 0.6, 0.7)
                .trial(2, TrialState.RUNNING, 0.9);
        assertInstanceOf(Assignment.NewTrial.class, s.next(study.history(), study.curves()),
                "2 finished at rung 0: floor(2/3) = 0 promotions");
        study.state(2, TrialState.COMPLETE);
        Assignment a = s.next(study.history(), study.curves());
        assertEquals(new Assignment.Promotion(2, 1, Fidelity.dataFraction(1.0 / 3)), a);
        Proposal p = ((Assignment.Promotion) a).proposal(study.history());
        assertEquals(List.of(2), p.lineage().parents());
        assertEquals("promotion", p.lineage().operator());
        assertEquals(1.0 / 3, Fidelity.dataFractionOf(p.candidate()), 1e-12);
        study.put(3, TrialState.RUNNING, p.candidate(), p.lineage());
        assertEquals(new Assignment.NewTrial(Fidelity.dataFraction(1.0 / 9), 0), s.next(study.history(), study.curves()),
                "trial 2 is promoted already; trial 3 still runs");
        study.state(3, TrialState.COMPLETE);
        for (int t = 4; t < 9; t++) {
            study.trial(t, TrialState.COMPLETE, 0.1 * t);
        }
        // rung 0 now has 8 finished: top 2 are trials 8 (0.8) and 2 (0.9); 8 is not promoted yet
        assertEquals(new Assignment.Promotion(8, 1, Fidelity.dataFraction(1.0 / 3)),
                s.next(study.history(), study.curves()));
    }
}
