package io.nas4j.cli.export;

import io.nas4j.cli.UsageException;
import io.nas4j.cli.Versions;
import io.nas4j.cli.export.code.JavaSource;
import io.nas4j.cli.export.code.KerasSource;
import io.nas4j.cli.export.code.LayerPlan;
import io.nas4j.cli.export.code.PyTorchSource;
import io.nas4j.cli.run.KeptWeights;
import io.nas4j.cli.run.TrialSeeds;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.djl.DjlEvaluator;
import io.nas4j.evaluator.djl.SavedNetwork;
import io.nas4j.evaluator.export.ExportFiles;
import io.nas4j.evaluator.export.Preprocessing;
import io.nas4j.searchspace.candidate.CanonicalJson;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.spec.Task;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes the export of one COMPLETE trial (see {@link ExportFiles}): the canonical candidate, the
 * trained weights (kept by the run, or retrained with the trial's seed), preprocessing, provenance,
 * model card, learning curve and generated code. The exported weights are re-scored on the
 * recorded test split and the result is stored in {@code bundle.json} for {@code nas4j evaluate}.
 */
public final class Exporter {
    /** How the exported weights were obtained. */
    public enum WeightsSource {
        /** The weights the study run kept for the trial. */
        KEPT,
        /** Retrained on the training split with the trial's seed and hyperparameters. */
        RETRAINED,
        /** Retrained on training plus validation rows (the validation split is then empty). */
        RETRAINED_TRAIN_VALIDATION;

        /** The JSON spelling. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * What an export wrote.
     *
     * @param dir the export directory
     * @param trial the exported trial number
     * @param source where the weights came from
     * @param metrics the exported weights' re-scored metrics
     */
    public record Summary(Path dir, int trial, WeightsSource source, Map<String, Double> metrics) {
    }

    private final StudyStorage storage;
    private final Study study;
    private final Consumer<String> log;

    /** An exporter for trials of {@code study}; {@code log} receives progress lines. */
    public Exporter(StudyStorage storage, Study study, Consumer<String> log) {
        this.storage = storage;
        this.study = study;
        this.log = log;
    }

    /** Files and folders an export writes (and {@code --force} replaces). */
    static final List<String> WRITTEN = List.of(ExportFiles.ARCHITECTURE, ExportFiles.PREPROCESSING, ExportFiles.BUNDLE,
            ExportFiles.MODEL_CARD, ExportFiles.LEARNING_CURVE, ExportFiles.WEIGHTS, ExportFiles.CODE);

    /**
     * Exports {@code trial} into {@code out}.
     *
     * @param retrain retrain on train+validation instead of using kept weights
     * @param force replace an earlier export in a non-empty {@code out}
     * @throws UsageException for a trial that is not COMPLETE, or a non-empty folder without force
     */
    public Summary export(TrialRecord trial, Path out, boolean retrain, boolean force) throws IOException {
        if (trial.state() != TrialState.COMPLETE) {
            throw new UsageException("trial " + trial.number() + " of study '" + study.name() + "' is " + trial.state()
                    + (trial.message() == null ? "" : " (" + trial.message() + ")")
                    + ": only COMPLETE trials have a trained model to export");
        }
        prepare(out, force);
        StudySpec spec = RecordedData.spec(study.specJson(), "study '" + study.name() + "'");
        LoadedDataset data = RecordedData.load(spec, log);
        ModelIO io = DjlEvaluator.modelIO(data);
        long seed = TrialSeeds.of(study.seed(), trial.number());
        Path weights = out.resolve(ExportFiles.WEIGHTS);
        Files.createDirectories(weights);
        WeightsSource source;
        List<EpochMetrics> curve = storage.epochs(study.id(), trial.number());
        Path kept = keptWeights(trial);
        Map<String, Double> trainedMetrics = trial.metrics();
        if (!retrain && kept != null) {
            source = WeightsSource.KEPT;
            log.accept("using the weights kept for trial " + trial.number() + " (" + kept + ")");
            copyTree(kept, weights);
        } else {
            source = retrain ? WeightsSource.RETRAINED_TRAIN_VALIDATION : WeightsSource.RETRAINED;
            LoadedDataset training = retrain ? data.withValidationInTraining() : data;
            log.accept((retrain ? "retraining on train+validation" : "no kept weights: retraining") + " trial "
                    + trial.number() + " with seed " + seed + " (" + training.train().size() + " training rows)");
            Path work = Files.createTempDirectory("nas4j-retrain");
            try {
                Retrainer.Outcome o = Retrainer.train(trial.candidate(), training, trial.number(), seed, work, e -> { });
                if (o.weights() == null) {
                    throw new UsageException("retraining trial " + trial.number() + " failed: " + o.result().message());
                }
                copyTree(o.weights(), weights);
                trainedMetrics = o.result().metrics();
                curve = o.epochs();
            } finally {
                FileTrees.delete(work);
            }
        }
        Files.deleteIfExists(weights.resolve(DjlEvaluator.CANDIDATE_FILE));
        String canonical = trial.candidate().canonicalJson();
        Files.writeString(out.resolve(ExportFiles.ARCHITECTURE), canonical, StandardCharsets.UTF_8);
        Preprocessing.of(data).write(out.resolve(ExportFiles.PREPROCESSING));

        Map<String, Double> rescored = new LinkedHashMap<>();
        long paramCount;
        try (SavedNetwork net = SavedNetwork.load(trial.candidate().architecture(), io, weights)) {
            rescored.putAll(net.score(data.validation(), "val_"));
            rescored.putAll(net.score(data.test(), "test_"));
            paramCount = net.parameterCount();
        }
        if (source == WeightsSource.KEPT) {
            rescored.forEach((k, v) -> {
                Double recorded = trial.metrics().get(k);
                if (k.startsWith("test_") && recorded != null && recorded.doubleValue() != v.doubleValue()) {
                    log.accept("warning: the kept weights score " + k + " " + v + ", the study recorded " + recorded);
                }
            });
        }
        String title = "Trial " + trial.number() + " of nas4j study '" + study.name() + "': "
                + trial.candidate().architecture().describe();
        LayerPlan plan;
        try {
            plan = LayerPlan.of(trial.candidate().architecture(), io);
        } catch (InfeasibleArchitectureException e) {
            throw new IllegalStateException("a COMPLETE trial's architecture is infeasible: " + e.getMessage(), e);
        }
        Path code = Files.createDirectories(out.resolve(ExportFiles.CODE));
        Files.writeString(code.resolve(JavaSource.CLASS_NAME + ".java"), JavaSource.generate(plan, title));
        Files.writeString(code.resolve("network_pytorch.py"), PyTorchSource.generate(plan, title));
        Files.writeString(code.resolve("network_keras.py"), KerasSource.generate(plan, title));

        List<String> curveMetrics = new ArrayList<>(List.of("train_loss", "val_loss"));
        curveMetrics.add(study.objective().metric());
        curveMetrics.add(io.task() == Task.CLASSIFICATION ? "val_accuracy" : "val_rmse");
        boolean plotted = LearningCurvePlot.write(curve, curveMetrics, "trial " + trial.number() + " learning curve",
                out.resolve(ExportFiles.LEARNING_CURVE));

        Map<String, Object> bundle = bundle(trial, spec, data, seed, source, trainedMetrics, rescored, paramCount, plan);
        Files.writeString(out.resolve(ExportFiles.BUNDLE), CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(bundle) + "\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve(ExportFiles.MODEL_CARD), ModelCard.markdown(study, trial, data, seed, source,
                trainedMetrics, rescored, paramCount, plan, plotted, spec), StandardCharsets.UTF_8);
        return new Summary(out, trial.number(), source, rescored);
    }

    private Map<String, Object> bundle(TrialRecord trial, StudySpec spec, LoadedDataset data, long seed,
            WeightsSource source, Map<String, Double> trainedMetrics, Map<String, Double> rescored, long paramCount,
            LayerPlan plan) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "nas4j-export/1");
        m.put("study", study.name());
        m.put("trial", trial.number());
        m.put("fingerprint", trial.fingerprint());
        m.put("strategy", study.strategy());
        m.put("lineage", Map.of("operator", trial.lineage().operator(), "generation", trial.lineage().generation(),
                "parents", trial.lineage().parents()));
        m.put("study_seed", study.seed());
        m.put("trial_seed", seed);
        m.put("data_seed", spec.seed());
        Map<String, Object> ds = new LinkedHashMap<>();
        ds.put("description", study.dataset());
        ds.put("name", data.name());
        ds.put("sha256", data.checksum());
        ds.put("train", data.train().size());
        ds.put("validation", data.validation().size());
        ds.put("test", data.test().size());
        ds.put("input_shape", data.inputShape());
        m.put("dataset", ds);
        m.put("objectives", study.objectives().stream().map(o -> o.metric() + " " + o.direction().name()
                .toLowerCase(java.util.Locale.ROOT)).toList());
        m.put("recorded_metrics", trial.metrics());
        m.put("recorded_values", trial.values());
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("source", source.word());
        w.put("training_metrics", trainedMetrics);
        w.put("metrics", rescored);
        m.put("weights", w);
        m.put("param_count", paramCount);
        m.put("flops", plan.report().flops());
        m.put("provenance", study.provenance());
        m.put("exported_with", Versions.provenance());
        m.put("exported_at", Instant.now().toString());
        m.put("spec", CanonicalJson.MAPPER.readTree(study.specJson()));
        return m;
    }

    /** The kept weights folder of {@code trial}, or null when none was kept (or it is gone). */
    private Path keptWeights(TrialRecord trial) {
        String path = storage.attributes(study.id(), trial.number()).get(KeptWeights.ATTRIBUTE);
        if (path == null || path.isEmpty()) {
            return null;
        }
        Path dir = Path.of(path);
        return Files.isRegularFile(dir.resolve(DjlEvaluator.MODEL_NAME + "-0000.params")) ? dir : null;
    }

    private static void prepare(Path out, boolean force) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file, not a folder");
        }
        if (Files.isDirectory(out)) {
            boolean empty;
            try (Stream<Path> s = Files.list(out)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !force) {
                throw new UsageException("--out " + out + " is not empty; pass --force to overwrite the export files in it");
            }
            for (String name : WRITTEN) {
                FileTrees.delete(out.resolve(name));
            }
        }
        Files.createDirectories(out);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The dimensions of a shape for messages. */
    static String dims(int[] shape) {
        return Arrays.toString(shape);
    }
}
