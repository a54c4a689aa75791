package io.nas4j.cli.run;

import io.nas4j.cli.UsageException;
import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.DatasetLoader;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.djl.DjlEvaluator;
import io.nas4j.evaluator.synthetic.SyntheticEvaluator;
import io.nas4j.searchspace.evaluation.CandidateEvaluator;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.StudySpec;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Creates the evaluator a spec names: {@code djl} (real training, default) or {@code synthetic}. */
public final class Evaluators {
    /** Evaluator type words. */
    public static final List<String> TYPES = List.of("djl", "synthetic");

    private Evaluators() {
    }

    /** Checks the evaluator section before anything is loaded or written. */
    public static void validate(StudySpec spec, String source) {
        if (!TYPES.contains(spec.evaluator().type())) {
            throw new UsageException(source + ": evaluator.type: unknown evaluator '" + spec.evaluator().type()
                    + "' (expected " + String.join(", ", TYPES) + ")");
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
}
