package io.nas4j.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.tabular.BenchmarkTable;
import io.nas4j.evaluator.tabular.SyntheticBenchmark;
import io.nas4j.evaluator.tabular.TabularEvaluator;
import io.nas4j.searchspace.arch.Cell;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.strategies.StrategyFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every strategy searches the cell space, unchanged, through the tabular evaluator. */
class TabularStudyTest {
    static final BenchmarkTable TABLE = SyntheticBenchmark.table(0);
    private static final TabularStudy STUDY = new TabularStudy(new TabularEvaluator(TABLE),
            new Objective("val_accuracy", Direction.MAXIMIZE));

    /** NSGA-II needs a second objective: the parameter count, constant over cells here (only the head counts). */
    private static final TabularStudy TWO_OBJECTIVES = new TabularStudy(new TabularEvaluator(TABLE),
            List.of(new Objective("val_accuracy", Direction.MAXIMIZE), new Objective("param_count", Direction.MINIMIZE)));

    @ParameterizedTest
    @ValueSource(strings = {"random", "grid", "genetic", "regularized-evolution", "nsga2"})
    void everyStrategyProposesNewCellsThatTheTableAnswers(String type) {
        TabularStudy study = type.equals("nsga2") ? TWO_OBJECTIVES : STUDY;
        ComponentSpec spec = type.equals("grid") ? new ComponentSpec(type, Map.of("max_grid", 20_000))
                : ComponentSpec.of(type);
        List<TrialRecord> trials = study.run(StrategyFactory.create(spec, study.space(), study.objectives(), 3), 60,
                type.equals("genetic") || type.equals("nsga2") ? 20 : 1);
        assertEquals(60, trials.size());
        Set<String> archs = new HashSet<>();
        for (TrialRecord t : trials) {
            assertEquals(TrialState.COMPLETE, t.state(), t.message());
            Cell cell = (Cell) t.candidate().architecture().layers().get(0);
            assertTrue(archs.add(cell.arch()), "proposed twice: " + cell.arch());
            assertEquals(TABLE.lookup(cell).orElseThrow().objective(), t.objective().getAsDouble());
            assertEquals(TABLE.lookup(cell).orElseThrow().report(), t.metrics().get("test_accuracy"));
        }
        if (!type.equals("random") && !type.equals("grid")) {
            assertTrue(trials.stream().anyMatch(t -> t.lineage().generation() > 0 && !t.lineage().parents().isEmpty()),
                    "no evolved trial with parents");
        }
    }

    @Test
    void theBestTrialIsChosenByTheObjectiveAndReportsTheFinalMetric() {
        List<TrialRecord> trials = STUDY.run(StrategyFactory.create(ComponentSpec.of("random"), STUDY.space(),
                List.of(STUDY.objective()), 1), 30, 1);
        TrialRecord best = trials.stream().max(java.util.Comparator.comparingDouble(t -> t.objective().getAsDouble()))
                .orElseThrow();
        assertEquals(best.metrics().get("test_accuracy"), STUDY.bestReport(trials, 30, "test_accuracy"));
        TrialRecord firstTenBest = trials.subList(0, 10).stream()
                .max(java.util.Comparator.comparingDouble(t -> t.objective().getAsDouble())).orElseThrow();
        assertEquals(firstTenBest.metrics().get("test_accuracy"), STUDY.bestReport(trials, 10, "test_accuracy"));
    }
}
