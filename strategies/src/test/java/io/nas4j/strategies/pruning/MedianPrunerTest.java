package io.nas4j.strategies.pruning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.trial.TrialState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MedianPrunerTest {
    private static final Pruner MEDIAN = Pruners.create(ComponentSpec.of("median"), "val_accuracy", Direction.MAXIMIZE);

    /** Five COMPLETE trials: medians 0.54 / 0.64 / 0.74 at epochs 1 / 2 / 3. */
    private static SyntheticStudy fiveComplete() {
        SyntheticStudy s = SyntheticStudy.accuracy();
        for (int i = 0; i < 5; i++) {
            double d = 0.02 * i;
            s.trial(i, TrialState.COMPLETE, 0.50 + d, 0.60 + d, 0.70 + d);
        }
        return s;
    }

    private static PruneDecision ask(Pruner p, SyntheticStudy s, int trial, double... values) {
        s.trial(trial, TrialState.RUNNING, values);
        return p.decide(trial, s.epochs(trial), s.curves());
    }

    @Test
    void prunesBelowTheMedianWithAReason() {
        PruneDecision d = ask(MEDIAN, fiveComplete(), 6, 0.30, 0.61);
        assertTrue(d.prune());
        assertEquals("pruned at epoch 2: best val_accuracy 0.61 is below the median 0.64 of 5 trials at that epoch",
                d.reason());
        assertEquals(-1, d.rung());
    }

    @Test
    void comparesTheBestValueSoFarWithTheOthersAtThatEpoch() {
        assertFalse(ask(MEDIAN, fiveComplete(), 5, 0.90, 0.60).prune(), "0.90 at epoch 1 beats the median 0.64");
        assertFalse(ask(MEDIAN, fiveComplete(), 5, 0.30, 0.64).prune(), "equal to the median goes on");
    }

    @Test
    void neverPrunesDuringWarmupButDoesWithoutIt() {
        assertFalse(ask(MEDIAN, fiveComplete(), 5, 0.10).prune(), "epoch 1 is the default warmup");
        Pruner noWarmup = Pruners.create(new ComponentSpec("median", Map.of("n_warmup_epochs", 0)), "val_accuracy",
                Direction.MAXIMIZE);
        PruneDecision d = ask(noWarmup, fiveComplete(), 5, 0.10);
        assertTrue(d.prune());
        assertTrue(d.reason().startsWith("pruned at epoch 1: "), d.reason());
    }

    @Test
    void waitsForTheStartupTrials() {
        SyntheticStudy s = fiveComplete().state(4, TrialState.RUNNING);
        assertFalse(ask(MEDIAN, s, 6, 0.30, 0.10).prune(), "only 4 COMPLETE trials");
        s.state(4, TrialState.COMPLETE);
        assertTrue(ask(MEDIAN, s, 6, 0.30, 0.10).prune());
        Pruner twoStartup = Pruners.create(new ComponentSpec("median", Map.of("n_startup_trials", 2)),
                "val_accuracy", Direction.MAXIMIZE);
        SyntheticStudy two = SyntheticStudy.accuracy().trial(0, TrialState.COMPLETE, 0.5, 0.6)
                .trial(1, TrialState.COMPLETE, 0.5, 0.7);
        assertTrue(ask(twoStartup, two, 2, 0.5, 0.55).prune());
    }

    @Test
    void checksOnlyEveryIntervalEpochs() {
        SyntheticStudy s = SyntheticStudy.accuracy();
        for (int i = 0; i < 5; i++) {
            s.trial(i, TrialState.COMPLETE, 0.5, 0.6, 0.7, 0.8);
        }
        Pruner every2 = Pruners.create(new ComponentSpec("median", Map.of("interval", 2)), "val_accuracy",
                Direction.MAXIMIZE);
        assertTrue(ask(every2, s, 5, 0.1, 0.1).prune(), "epoch 2 is checked");
        assertFalse(ask(every2, s, 5, 0.1, 0.1, 0.1).prune(), "epoch 3 is not");
        assertTrue(ask(every2, s, 5, 0.1, 0.1, 0.1, 0.1).prune(), "epoch 4 is");
    }

    @Test
    void countsPrunedTrialsButNotRunningOnesAmongTheOthers() {
        SyntheticStudy s = fiveComplete().trial(7, TrialState.PRUNED, 0.2, 0.3).trial(8, TrialState.RUNNING, 0.1, 0.1)
                .trial(9, TrialState.FAILED, 0.1, 0.1);
        PruneDecision d = ask(MEDIAN, s, 6, 0.30, 0.61);
        assertEquals("pruned at epoch 2: best val_accuracy 0.61 is below the median 0.63 of 6 trials at that epoch",
                d.reason());
        assertFalse(ask(MEDIAN, s, 6, 0.30, 0.635).prune());
    }

    @Test
    void needsTheMinimumNumberOfTrialsAtTheEpoch() {
        Pruner p = Pruners.create(new ComponentSpec("median", Map.of("n_min_trials", 6)), "val_accuracy",
                Direction.MAXIMIZE);
        assertFalse(ask(p, fiveComplete(), 6, 0.3, 0.1).prune());
        SyntheticStudy s = fiveComplete();
        s.trial(5, TrialState.COMPLETE, 0.1);
        assertFalse(ask(MEDIAN, s, 6, 0.3, 0.3, 0.3, 0.3).prune(), "no trial reached epoch 4");
    }

    @Test
    void minimizesLosses() {
        Pruner p = Pruners.create(ComponentSpec.of("median"), "val_loss", Direction.MINIMIZE);
        SyntheticStudy s = new SyntheticStudy("val_loss", Direction.MINIMIZE);
        for (int i = 0; i < 5; i++) {
            s.trial(i, TrialState.COMPLETE, 1.0, 0.5 + 0.1 * i);
        }
        assertEquals("pruned at epoch 2: best val_loss 0.75 is above the median 0.7 of 5 trials at that epoch",
                ask(p, s, 5, 0.9, 0.75).reason());
        assertFalse(ask(p, s, 5, 0.9, 0.65).prune());
    }

    @Test
    void prunesNaNButNotAnEpochWithoutTheMetric() {
        assertEquals("pruned at epoch 2: val_accuracy is NaN", ask(MEDIAN, fiveComplete(), 5, Double.NaN,
                Double.NaN).reason());
        SyntheticStudy s = fiveComplete();
        PruneDecision d = MEDIAN.decide(5, SyntheticStudy.curve("val_acc", 0.1, 0.1), s.curves());
        assertFalse(d.prune(), "a metric that is not reported gives no reason to stop");
    }

    @Test
    void rejectsCurvesOfAnotherMetric() {
        SyntheticStudy loss = new SyntheticStudy("val_loss", Direction.MINIMIZE).trial(0, TrialState.COMPLETE, 1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MEDIAN.decide(1, SyntheticStudy.curve("val_accuracy", 0.5), loss.curves()));
        assertEquals("the curves are of val_loss (minimize) but the rule watches val_accuracy (maximize)",
                e.getMessage());
    }

    /** A sequential study: each trial trains until done or pruned, then is stored. */
    @Test
    void sequentialStudyStopsTheExpectedTrialsAtTheExpectedEpochs() {
        List<double[]> curves = List.of(
                new double[] {0.50, 0.60, 0.70}, new double[] {0.52, 0.62, 0.72}, new double[] {0.54, 0.64, 0.74},
                new double[] {0.56, 0.66, 0.76}, new double[] {0.58, 0.68, 0.78},
                new double[] {0.40, 0.50, 0.60},   // 5: 0.50 < median 0.64 at epoch 2
                new double[] {0.60, 0.70, 0.80},   // 6: completes
                new double[] {0.55, 0.63, 0.90},   // 7: 0.63 < 0.64 at epoch 2
                new double[] {0.65, 0.66, 0.70});  // 8: passes epoch 2 (median 0.635), 0.70 < 0.75 at epoch 3
        Map<Integer, Integer> stops = run(MEDIAN, curves);
        assertEquals(Map.of(5, 2, 7, 2, 8, 3), stops);
    }

    /** Runs the trials one after the other; returns trial → epoch it was pruned at. */
    static Map<Integer, Integer> run(Pruner pruner, List<double[]> curves) {
        SyntheticStudy s = SyntheticStudy.accuracy();
        Map<Integer, Integer> stops = new LinkedHashMap<>();
        for (int t = 0; t < curves.size(); t++) {
            s.trial(t, TrialState.RUNNING);
            TrialState end = TrialState.COMPLETE;
            for (double v : curves.get(t)) {
                s.report(t, v);
                if (pruner.decide(t, s.epochs(t), s.curves()).prune()) {
                    stops.put(t, s.epochs(t).size());
                    end = TrialState.PRUNED;
                    break;
                }
            }
            s.state(t, end);
        }
        return stops;
    }
}
