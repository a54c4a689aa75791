package io.nas4j.cli.bench;

import io.nas4j.cli.run.ObjectiveValues;
import io.nas4j.evaluator.tabular.TabularEvaluator;
import io.nas4j.searchspace.arch.CellOp;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.EpochDecision;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.evaluation.TrialContext;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ShapeReport;
import io.nas4j.searchspace.space.ArchitectureSpace;
import io.nas4j.searchspace.space.Constraints;
import io.nas4j.searchspace.space.HyperparameterSpace;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.strategies.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One study against a tabular evaluator, in memory: the loop a {@code StudyRunner} runs (propose,
 * repair, evaluate, record with lineage), without a store or threads. A table lookup takes
 * microseconds, so a whole study takes milliseconds.
 *
 * <p>The study's best trial is chosen by the objective, as a real search would choose it; what
 * it reports is the best trial's final metric.
 */
public final class TabularStudy {
    private final SearchSpace space;
    private final TabularEvaluator evaluator;
    private final List<Objective> objectives;

    /**
     * A study over the full five-op cell space.
     *
     * @param evaluator the tabular evaluator
     * @param objective the metric the evaluator reports as objective, with its direction
     */
    public TabularStudy(TabularEvaluator evaluator, Objective objective) {
        this(evaluator, List.of(objective));
    }

    /**
     * A study with several objectives, primary first; values are picked as the study runner
     * picks them ({@link ObjectiveValues}).
     *
     * @param evaluator the tabular evaluator
     * @param objectives the objectives, the first one a metric the evaluator reports
     */
    public TabularStudy(TabularEvaluator evaluator, List<Objective> objectives) {
        this.evaluator = evaluator;
        this.objectives = List.copyOf(objectives);
        if (this.objectives.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one objective");
        }
        this.space = new SearchSpace(ArchitectureSpace.cell(List.of(CellOp.values())), HyperparameterSpace.empty(),
                evaluator.io(), Constraints.NONE);
    }

    /** The cell search space the strategies search. */
    public SearchSpace space() {
        return space;
    }

    /** The primary objective. */
    public Objective objective() {
        return objectives.get(0);
    }

    /** All objectives, primary first. */
    public List<Objective> objectives() {
        return objectives;
    }

    /**
     * Runs {@code strategy} until {@code budget} trials are evaluated (or it proposes nothing),
     * asking for {@code batch} proposals at a time.
     *
     * @return every trial in order
     */
    public List<TrialRecord> run(Strategy strategy, int budget, int batch) {
        List<TrialRecord> trials = new ArrayList<>();
        while (trials.size() < budget) {
            History history = new History(trials, objective().direction());
            List<Proposal> proposals = strategy.propose(history, Math.min(batch, budget - trials.size()));
            if (proposals.isEmpty()) {
                break;
            }
            for (Proposal p : proposals) {
                trials.add(evaluate(trials.size(), p));
            }
        }
        return trials;
    }

    private TrialRecord evaluate(int number, Proposal p) {
        Candidate c;
        ShapeReport report;
        try {
            report = space.check(p.candidate());
            c = space.repaired(p.candidate(), report);
        } catch (InfeasibleArchitectureException e) {
            return new TrialRecord(number, TrialState.INFEASIBLE, p.candidate(), p.candidate().fingerprint(),
                    p.lineage(), List.of(), Map.of(), -1, -1, e.getMessage(), null, null);
        }
        EvaluationResult r = evaluator.evaluate(c, new Context(number));
        List<Double> values = r.state() == TrialState.COMPLETE
                ? ObjectiveValues.of(objectives, r.metrics(), report.params(), report.flops()) : List.of();
        return new TrialRecord(number, r.state(), c, c.fingerprint(), p.lineage(), values, r.metrics(),
                report.params(), report.flops(), r.message(), null, null);
    }

    /**
     * The final metric {@code reportMetric} of the best trial by the objective among the first
     * {@code n} trials (ties: the earlier one), or NaN when none completed.
     */
    public double bestReport(List<TrialRecord> trials, int n, String reportMetric) {
        TrialRecord best = null;
        for (TrialRecord t : trials.subList(0, Math.min(n, trials.size()))) {
            if (t.objective().isEmpty()) {
                continue;
            }
            if (best == null || better(t.objective().getAsDouble(), best.objective().getAsDouble())) {
                best = t;
            }
        }
        return best == null ? Double.NaN : best.metrics().getOrDefault(reportMetric, Double.NaN);
    }

    private boolean better(double a, double b) {
        return objective().direction() == Direction.MAXIMIZE ? a > b : a < b;
    }

    /** A context for a lookup: nothing to prune, nothing to cancel. */
    private record Context(int trialNumber) implements TrialContext {
        @Override
        public long seed() {
            return trialNumber;
        }

        @Override
        public EpochDecision reportEpoch(EpochMetrics metrics) {
            return EpochDecision.CONTINUE;
        }
    }
}
