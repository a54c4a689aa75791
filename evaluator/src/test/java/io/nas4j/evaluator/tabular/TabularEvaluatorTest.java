package io.nas4j.evaluator.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Cell;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.EpochDecision;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.evaluation.TrialContext;
import io.nas4j.searchspace.trial.TrialState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TabularEvaluatorTest {
    private static final String A = "|nor_conv_3x3~0|+|nor_conv_3x3~0|skip_connect~1|+|skip_connect~0|nor_conv_1x1~1|none~2|";
    private static final String B = "|avg_pool_3x3~0|+|none~0|none~1|+|none~0|none~1|skip_connect~2|";
    private static final BenchmarkTable TABLE = BenchmarkTable.of(Path.of("t.csv"),
            new TableColumns("arch", "val", "test", "ep"), Map.of(
                    A, new TableRow(0.8, 0.92, new double[] {0.5, 0.7, 0.8}),
                    "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|", new TableRow(0.1, 0.1, new double[] {0.1, 0.1, 0.1})));

    /** Records epochs; prunes after {@code pruneAfter} epochs. */
    private static final class Recording implements TrialContext {
        final List<EpochMetrics> epochs = new ArrayList<>();
        final int pruneAfter;
        final int budget;

        Recording(int pruneAfter, int budget) {
            this.pruneAfter = pruneAfter;
            this.budget = budget;
        }

        @Override
        public int trialNumber() {
            return 0;
        }

        @Override
        public long seed() {
            return 0;
        }

        @Override
        public int epochBudget() {
            return budget;
        }

        @Override
        public EpochDecision reportEpoch(EpochMetrics metrics) {
            epochs.add(metrics);
            return epochs.size() >= pruneAfter ? EpochDecision.PRUNE : EpochDecision.CONTINUE;
        }
    }

    private static Candidate cell(String arch) {
        return new Candidate(new Architecture(List.of(Cell.parse(arch))), Map.of());
    }

    @Test
    void answersByLookupWithCurveObjectiveAndReport() {
        Recording ctx = new Recording(Integer.MAX_VALUE, 0);
        EvaluationResult r = new TabularEvaluator(TABLE).evaluate(cell(A), ctx);
        assertEquals(TrialState.COMPLETE, r.state());
        assertEquals(Map.of("val_accuracy", 0.8, "test_accuracy", 0.92), r.metrics());
        assertEquals(3, r.epochs());
        assertEquals(List.of(0.5, 0.7, 0.8), ctx.epochs.stream().map(e -> e.get("val_accuracy")).toList());
    }

    @Test
    void metricNamesAreChosen() {
        EvaluationResult r = new TabularEvaluator(TABLE, "val_acc_12", "final_accuracy")
                .evaluate(cell(A), new Recording(Integer.MAX_VALUE, 0));
        assertEquals(Map.of("val_acc_12", 0.8, "final_accuracy", 0.92), r.metrics());
        assertThrows(IllegalArgumentException.class, () -> new TabularEvaluator(TABLE, "Val-Acc", "test_accuracy"));
        assertThrows(IllegalArgumentException.class, () -> new TabularEvaluator(TABLE, "x", "x"));
    }

    @Test
    void aPrunerAndAnEpochBudgetStopTheCurve() {
        EvaluationResult pruned = new TabularEvaluator(TABLE).evaluate(cell(A), new Recording(2, 0));
        assertEquals(TrialState.PRUNED, pruned.state());
        assertEquals(Map.of("val_accuracy", 0.7), pruned.metrics());
        EvaluationResult shortened = new TabularEvaluator(TABLE).evaluate(cell(A), new Recording(Integer.MAX_VALUE, 1));
        assertEquals(TrialState.COMPLETE, shortened.state());
        assertEquals(0.5, shortened.metrics().get("val_accuracy"));
        assertEquals(0.92, shortened.metrics().get("test_accuracy"));
    }

    @Test
    void aMissingArchitectureFailsNamingItAndTheTable() {
        EvaluationResult r = new TabularEvaluator(TABLE).evaluate(cell(B), new Recording(Integer.MAX_VALUE, 0));
        assertEquals(TrialState.FAILED, r.state());
        assertEquals("architecture " + B + " is not in table t.csv (2 rows)", r.message());
    }

    @Test
    void aChainArchitectureFails() {
        Candidate dense = new Candidate(new Architecture(List.of(new Dense(8, Activation.RELU))), Map.of());
        EvaluationResult r = new TabularEvaluator(TABLE).evaluate(dense, new Recording(Integer.MAX_VALUE, 0));
        assertEquals(TrialState.FAILED, r.state());
        assertTrue(r.message().startsWith("the tabular evaluator answers single-cell architectures"), r.message());
    }
}
