package io.nas4j.cli.run;

import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the trained weights of a study's best {@code k} trials as artifacts and deletes the rest.
 *
 * <p>The evaluator saves every completed trial's weights under
 * {@code <artifacts>/trial-NNNNN/}; after each finished trial {@link #update()} ranks the COMPLETE
 * trials by the primary objective (ties: lower number first), records the folder of each kept
 * trial as its {@value #ATTRIBUTE} attribute, and deletes the folders of all other trials,
 * setting their attribute to the empty string. The artifacts folder of a file database
 * {@code <dir>/<name>.mv.db} is {@code <dir>/<name>.artifacts/<study>/}.
 */
public final class KeptWeights {
    /** The trial attribute holding the kept weights' folder (empty once deleted). */
    public static final String ATTRIBUTE = "weights";

    private final StudyStorage storage;
    private final Study study;
    private final Path directory;
    private final int keep;

    /**
     * @param storage the store
     * @param study the study
     * @param directory the study's artifacts folder (the evaluator's weights folder)
     * @param keep how many of the best trials keep their weights, at least 1
     */
    public KeptWeights(StudyStorage storage, Study study, Path directory, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be >= 1, got " + keep);
        }
        this.storage = Objects.requireNonNull(storage, "storage");
        this.study = Objects.requireNonNull(study, "study");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.keep = keep;
    }

    /** The artifacts folder of {@code study} next to the file database {@code dataFile} ({@code x.mv.db}). */
    public static Path directoryFor(Path dataFile, String study) {
        String name = dataFile.getFileName().toString();
        String base = name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name;
        return dataFile.resolveSibling(base + ".artifacts").resolve(study);
    }

    /** The weights folder of trial {@code number}. */
    public Path trialDirectory(int number) {
        return directory.resolve(String.format("trial-%05d", number));
    }

    /** Ranks the trials, records kept folders and deletes the others; returns the kept trial numbers. */
    public Set<Integer> update() {
        History history = storage.history(study.id());
        Comparator<TrialRecord> best = Comparator.comparingDouble(history::score).reversed()
                .thenComparingInt(TrialRecord::number);
        List<TrialRecord> ranked = history.complete().stream()
                .filter(t -> Files.isDirectory(trialDirectory(t.number())))
                .sorted(best).toList();
        Set<Integer> kept = ranked.stream().limit(keep).map(TrialRecord::number).collect(Collectors.toSet());
        Set<Integer> finished = history.trials().stream().filter(t -> t.state().isFinished())
                .map(TrialRecord::number).collect(Collectors.toSet());
        for (TrialRecord t : ranked.subList(0, Math.min(keep, ranked.size()))) {
            String path = trialDirectory(t.number()).toAbsolutePath().toString();
            if (!path.equals(storage.attributes(study.id(), t.number()).get(ATTRIBUTE))) {
                storage.setAttribute(study.id(), t.number(), ATTRIBUTE, path);
            }
        }
        if (!Files.isDirectory(directory)) {
            return kept;
        }
        try (Stream<Path> dirs = Files.list(directory)) {
            for (Path dir : dirs.toList()) {
                String name = dir.getFileName().toString();
                if (!name.matches("trial-\\d{5,}")) {
                    continue;
                }
                int number = Integer.parseInt(name.substring("trial-".length()));
                if (!kept.contains(number) && finished.contains(number)) { // a worker may still be writing others
                    deleteTree(dir);
                    Map<String, String> attrs = storage.attributes(study.id(), number);
                    if (attrs.containsKey(ATTRIBUTE) && !attrs.get(ATTRIBUTE).isEmpty()) {
                        storage.setAttribute(study.id(), number, ATTRIBUTE, "");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune kept weights in " + directory + ": " + e.getMessage(), e);
        }
        return kept;
    }

    /** Deletes a folder and everything under it. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A listener that forwards to {@code delegate} and updates the kept weights after each finished trial. */
    public RunListener listener(RunListener delegate) {
        return new RunListener() {
            @Override
            public void trialStarted(TrialRecord trial, int epochs) {
                delegate.trialStarted(trial, epochs);
            }

            @Override
            public void epochFinished(TrialRecord trial, io.nas4j.searchspace.evaluation.EpochMetrics metrics) {
                delegate.epochFinished(trial, metrics);
            }

            @Override
            public void trialFinished(TrialRecord trial, TrialRecord best) {
                delegate.trialFinished(trial, best);
                try {
                    update();
                } catch (RuntimeException e) {
                    delegate.note("could not update kept weights: " + e.getMessage());
                }
            }

            @Override
            public void note(String message) {
                delegate.note(message);
            }
        };
    }
}
