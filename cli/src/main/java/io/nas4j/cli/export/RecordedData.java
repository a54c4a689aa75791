package io.nas4j.cli.export;

import io.nas4j.cli.UsageException;
import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.DatasetLoader;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.data.builtin.DatasetCache;
import io.nas4j.evaluator.data.builtin.DatasetFetcher;
import io.nas4j.searchspace.spec.SpecException;
import io.nas4j.searchspace.spec.SpecLoader;
import io.nas4j.searchspace.spec.StudySpec;
import java.util.function.Consumer;

/**
 * Loads a study's dataset exactly as its run did: the recorded spec JSON, its dataset section and
 * the spec's seed (the run splits with the spec seed), so the splits and normalization repeat.
 */
public final class RecordedData {
    private RecordedData() {
    }

    /** Parses a recorded spec JSON; {@code source} names it in messages. */
    public static StudySpec spec(String specJson, String source) {
        try {
            return SpecLoader.parse(specJson, source, "export");
        } catch (SpecException e) {
            throw new UsageException(source + ": the recorded spec no longer parses: " + e.getMessage(), e);
        }
    }

    /** Loads the dataset of {@code spec} split with the spec's seed. */
    public static LoadedDataset load(StudySpec spec, Consumer<String> progress) {
        try {
            return new DatasetLoader(new DatasetFetcher(DatasetCache.defaultCache()), progress)
                    .load(spec.dataset(), spec.task(), spec.seed());
        } catch (DatasetException e) {
            throw new UsageException("dataset: " + e.getMessage(), e);
        }
    }
}
