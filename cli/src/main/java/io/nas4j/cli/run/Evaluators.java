package io.nas4j.cli.run;

import io.nas4j.cli.UsageException;
import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.DatasetLoader;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.djl.DjlEvaluator;
import io.nas4j.evaluator.synthetic.SyntheticEvaluator;
import io.nas4j.evaluator.tabular.BenchmarkTable;
import io.nas4j.evaluator.tabular.SyntheticBenchmark;
import io.nas4j.evaluator.tabular.TableColumns;
import io.nas4j.evaluator.tabular.TabularEvaluator;
import io.nas4j.searchspace.evaluation.CandidateEvaluator;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.StudySpec;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Creates the evaluator a spec names: {@code djl} (real training, default), {@code synthetic}, or
 * {@code tabular} (answers NAS-Bench-201 cells from a CSV table; see {@link #tabular}).
 */
public final class Evaluators {
    /** Evaluator type words. */
    public static final List<String> TYPES = List.of("djl", "synthetic", "tabular");

    private Evaluators() {
    }

    /** Checks the evaluator section before anything is loaded or written. */
    public static void validate(StudySpec spec, String source) {
        if (!TYPES.contains(spec.evaluator().type())) {
            throw new UsageException(source + ": evaluator.type: unknown evaluator '" + spec.evaluator().type()
                    + "' (expected " + String.join(", ", TYPES) + ")");
        }
        if (spec.evaluator().type().equals("tabular") && spec.evaluator().options().get("table") == null) {
            throw new UsageException(source + ": evaluator.table: missing (the tabular evaluator needs the CSV table's "
                    + "path, e.g. from: nas4j bench make-table --out nas-bench-201-synthetic.csv)");
        }
    }

    /**
     * Creates the evaluator, loading (and if needed fetching) the dataset.
     *
     * @param spec the study spec
     * @param source the spec file, for messages
     * @param weights where to keep trained weights, or null to keep none
     * @param progress dataset fetch progress lines
     * @throws UsageException when the dataset cannot be loaded (bad path, bad data)
     */
    public static CandidateEvaluator create(StudySpec spec, String source, Path weights, Consumer<String> progress) {
        validate(spec, source);
        ComponentSpec e = spec.evaluator();
        try {
            if (e.type().equals("tabular")) {
                return tabular(spec, source);
            }
            if (e.type().equals("synthetic")) {
                return new SyntheticEvaluator(SyntheticIO.of(e, spec.dataset(), spec.task()),
                        e.integer("epoch_ms", 0), e.number("fail_learning_rate", Double.POSITIVE_INFINITY),
                        e.number("noise", 0.005));
            }
            LoadedDataset data = new DatasetLoader(new io.nas4j.evaluator.data.builtin.DatasetFetcher(
                    io.nas4j.evaluator.data.builtin.DatasetCache.defaultCache()), progress).load(spec.dataset(), spec.task(), spec.seed());
            DjlEvaluator.Builder b = DjlEvaluator.builder().setData(data);
            if (weights != null) {
                b.optKeepWeights(weights);
            }
            return b.build();
        } catch (DatasetException ex) {
            throw new UsageException(source + ": dataset: " + ex.getMessage(), ex);
        } catch (IllegalArgumentException ex) {
            throw new UsageException(source + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * The tabular evaluator. Options: {@code table} (CSV path, relative to the spec file),
     * {@code arch_column} (default {@code arch}), {@code objective_column} (default
     * {@code val_acc_ep12}), {@code report_column} (default {@code test_acc_200ep}),
     * {@code curve_prefix} (per-epoch objective columns PREFIX1.., default none),
     * {@code objective_metric} (the metric name the objective column is reported as, default the
     * study's primary objective) and {@code report_metric} (default {@code test_accuracy}).
     */
    static CandidateEvaluator tabular(StudySpec spec, String source) {
        ComponentSpec e = spec.evaluator();
        Path dir = Path.of(source).toAbsolutePath().getParent();
        Path table = dir.resolve(e.word("table", "")).normalize();
        String curve = e.word("curve_prefix", null);
        TableColumns columns = new TableColumns(e.word("arch_column", SyntheticBenchmark.ARCH),
                e.word("objective_column", SyntheticBenchmark.VALIDATION), e.word("report_column", SyntheticBenchmark.TEST),
                curve);
        try {
            return new TabularEvaluator(BenchmarkTable.load(table, columns),
                    e.word("objective_metric", spec.objective().metric()), e.word("report_metric", "test_accuracy"));
        } catch (java.nio.file.NoSuchFileException ex) {
            throw new UsageException(source + ": evaluator.table: " + table + " not found (generate a synthetic one with: "
                    + "nas4j bench make-table --out " + table + ")", ex);
        } catch (java.io.IOException ex) {
            throw new UsageException(source + ": evaluator.table: cannot read " + table + ": " + ex.getMessage(), ex);
        } catch (IllegalArgumentException ex) {
            throw new UsageException(source + ": evaluator: " + ex.getMessage(), ex);
        }
    }
}
