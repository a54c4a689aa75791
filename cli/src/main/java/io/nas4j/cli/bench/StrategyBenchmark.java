package io.nas4j.cli.bench;

import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.strategies.Strategy;
import io.nas4j.strategies.StrategyFactory;
import io.nas4j.strategies.evolution.GeneticSearch;
import io.nas4j.strategies.pareto.Nsga2Search;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Strategies x budgets x seeds on one tabular study. Each strategy runs once per seed (seeds
 * {@code 0 .. seeds-1}) up to the largest budget; the result at a smaller budget is read off the
 * same run's first trials, which is what a run with that budget would have done, since no strategy
 * looks at the budget. Strategies take their default options; generation-batched ones
 * ({@code genetic}, {@code nsga2}) are asked for a generation at a time, the others one trial at a
 * time.
 */
public final class StrategyBenchmark {
    private final TabularStudy study;
    private final String reportMetric;

    /**
     * Creates a benchmark.
     *
     * @param study the in-memory study
     * @param reportMetric the final metric to summarize
     */
    public StrategyBenchmark(TabularStudy study, String reportMetric) {
        this.study = Objects.requireNonNull(study, "study");
        this.reportMetric = Objects.requireNonNull(reportMetric, "reportMetric");
    }

    /**
     * Runs every strategy, returning one summary per strategy and budget (strategies in the order
     * given, budgets ascending).
     *
     * @throws IllegalArgumentException naming an unknown strategy, a bad budget or seed count
     */
    public List<StrategySummary> run(List<String> strategies, List<Integer> budgets, int seeds) {
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be >= 1, got " + seeds);
        }
        if (budgets.isEmpty() || budgets.stream().anyMatch(b -> b < 1)) {
            throw new IllegalArgumentException("budgets must be >= 1, got " + budgets);
        }
        for (String s : strategies) {
            StrategyFactory.validate(ComponentSpec.of(s));
        }
        List<Integer> sorted = budgets.stream().distinct().sorted().toList();
        int max = sorted.get(sorted.size() - 1);
        List<StrategySummary> out = new ArrayList<>();
        for (String type : strategies) {
            double[][] found = new double[sorted.size()][seeds];
            IntStream.range(0, seeds).forEach(seed -> {
                Strategy strategy = StrategyFactory.create(ComponentSpec.of(type), study.space(),
                        study.objectives(), seed);
                List<TrialRecord> trials = study.run(strategy, max, batch(type));
                for (int b = 0; b < sorted.size(); b++) {
                    found[b][seed] = study.bestReport(trials, sorted.get(b), reportMetric);
                }
            });
            for (int b = 0; b < sorted.size(); b++) {
                out.add(new StrategySummary(type, sorted.get(b), found[b]));
            }
        }
        return out;
    }

    /** Proposals asked for at a time: a generation for generational strategies, else one. */
    static int batch(String type) {
        return switch (type) {
            case GeneticSearch.TYPE -> GeneticSearch.Options.of(ComponentSpec.of(type)).population();
            case Nsga2Search.TYPE -> Nsga2Search.Options.of(ComponentSpec.of(type)).population();
            default -> 1;
        };
    }
}
