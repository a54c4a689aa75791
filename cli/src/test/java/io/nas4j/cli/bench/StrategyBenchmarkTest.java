package io.nas4j.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.tabular.TabularEvaluator;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The claim the benchmark exists to check: on the synthetic table, regularized evolution and the
 * genetic algorithm find better cells than random search at 100 evaluations, on average over 30
 * seeds, and every strategy improves with budget.
 */
class StrategyBenchmarkTest {
    private static final TabularStudy STUDY = new TabularStudy(new TabularEvaluator(TabularStudyTest.TABLE),
            new Objective("val_accuracy", Direction.MAXIMIZE));

    @Test
    void evolutionBeatsRandomSearchAtOneHundredEvaluations() {
        List<StrategySummary> s = new StrategyBenchmark(STUDY, "test_accuracy")
                .run(List.of("random", "genetic", "regularized-evolution"), List.of(100, 25), 30);
        assertEquals(6, s.size());
        StrategySummary random = find(s, "random", 100);
        StrategySummary genetic = find(s, "genetic", 100);
        StrategySummary evolution = find(s, "regularized-evolution", 100);
        String figures = String.format(Locale.ROOT, "test accuracy at 100 evals: random %.4f ± %.4f, genetic %.4f ± %.4f,"
                + " regularized-evolution %.4f ± %.4f", random.mean(), random.std(), genetic.mean(), genetic.std(),
                evolution.mean(), evolution.std());
        System.out.println(figures);
        // the mean difference must exceed two standard errors of the difference
        assertTrue(genetic.mean() - random.mean() > 2 * standardError(genetic, random), figures);
        assertTrue(evolution.mean() - random.mean() > 2 * standardError(evolution, random), figures);
        for (String type : List.of("random", "genetic", "regularized-evolution")) {
            assertTrue(find(s, type, 100).mean() >= find(s, type, 25).mean(), type);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        StrategyBenchmark b = new StrategyBenchmark(STUDY, "test_accuracy");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.run(List.of("annealing"), List.of(10), 2))
                .getMessage().contains("unknown strategy 'annealing'"));
        assertThrows(IllegalArgumentException.class, () -> b.run(List.of("random"), List.of(0), 2));
        assertThrows(IllegalArgumentException.class, () -> b.run(List.of("random"), List.of(10), 0));
    }

    private static double standardError(StrategySummary a, StrategySummary b) {
        return Math.sqrt(a.std() * a.std() / a.seeds() + b.std() * b.std() / b.seeds());
    }

    private static StrategySummary find(List<StrategySummary> s, String type, int evals) {
        return s.stream().filter(x -> x.strategy().equals(type) && x.evals() == evals).findFirst().orElseThrow();
    }
}
