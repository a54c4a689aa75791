package io.nas4j.evaluator.tabular;

import io.nas4j.searchspace.arch.Cell;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.CandidateEvaluator;
import io.nas4j.searchspace.evaluation.EpochDecision;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.evaluation.TrialContext;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.spec.Task;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers trials of a cell search space by looking them up in a {@link BenchmarkTable}: nothing
 * is trained. The table's objective column is reported as metric {@code objectiveMetric}
 * (default {@code val_accuracy}, what the search optimizes), per epoch when the table has a curve
 * (a pruner may stop it early), and the report column as {@code reportMetric} (default
 * {@code test_accuracy}, the final metric one would publish).
 *
 * <p>A candidate that is not a single cell, or whose cell the table lacks, ends FAILED with the
 * reason. {@link #io()} is CIFAR-10's shape (3x32x32, 10 classes), as in NAS-Bench-201; it only
 * serves shape inference, which passes a cell through without parameters.
 */
public final class TabularEvaluator implements CandidateEvaluator {
    /** The input and output NAS-Bench-201 networks have (CIFAR-10). */
    public static final ModelIO CIFAR10 = new ModelIO(new Shape(3, 32, 32), Task.CLASSIFICATION, 10);

    private final BenchmarkTable table;
    private final String objectiveMetric;
    private final String reportMetric;

    /**
     * Creates the evaluator.
     *
     * @param table the benchmark table
     * @param objectiveMetric metric name of the objective column (e.g. {@code val_accuracy})
     * @param reportMetric metric name of the report column (e.g. {@code test_accuracy})
     */
    public TabularEvaluator(BenchmarkTable table, String objectiveMetric, String reportMetric) {
        this.table = Objects.requireNonNull(table, "table");
        // Objective validates the lower_snake_case metric names
        this.objectiveMetric = new Objective(objectiveMetric, Objective.naturalDirection(objectiveMetric)).metric();
        this.reportMetric = new Objective(reportMetric, Objective.naturalDirection(reportMetric)).metric();
        if (objectiveMetric.equals(reportMetric)) {
            throw new IllegalArgumentException("the objective and report metrics need different names, both are '"
                    + objectiveMetric + "'");
        }
    }

    /** An evaluator reporting {@code val_accuracy} and {@code test_accuracy}. */
    public TabularEvaluator(BenchmarkTable table) {
        this(table, "val_accuracy", "test_accuracy");
    }

    @Override
    public ModelIO io() {
        return CIFAR10;
    }

    /** The table answered from. */
    public BenchmarkTable table() {
        return table;
    }

    /** The cell of a candidate, or empty when it is not exactly one cell. */
    public static Optional<Cell> cellOf(Candidate candidate) {
        List<Layer> layers = candidate.architecture().layers();
        return layers.size() == 1 && layers.get(0) instanceof Cell c ? Optional.of(c) : Optional.empty();
    }

    @Override
    public EvaluationResult evaluate(Candidate candidate, TrialContext context) {
        Optional<Cell> cell = cellOf(candidate);
        if (cell.isEmpty()) {
            return EvaluationResult.failed("the tabular evaluator answers single-cell architectures "
                    + "(architecture: {family: cell}), not " + candidate.architecture().describe(), Map.of(), 0);
        }
        Optional<TableRow> row = table.lookup(cell.get());
        if (row.isEmpty()) {
            return EvaluationResult.failed("architecture " + cell.get().arch() + " is not in table " + table.source()
                    + " (" + table.size() + " rows)", Map.of(), 0);
        }
        TableRow r = row.get();
        int epochs = r.epochs();
        if (context.epochBudget() > 0 && epochs > 0) {
            epochs = Math.min(epochs, context.epochBudget());
        }
        Map<String, Double> last = Map.of();
        for (int e = 1; e <= epochs; e++) {
            last = Map.of(objectiveMetric, r.curveAt(e));
            if (context.reportEpoch(new EpochMetrics(e, last, 0)) == EpochDecision.PRUNE) {
                return EvaluationResult.pruned("pruned at epoch " + e, last, e);
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(objectiveMetric, epochs < r.epochs() ? r.curveAt(epochs) : r.objective());
        metrics.put(reportMetric, r.report());
        return EvaluationResult.complete(metrics, epochs);
    }
}
