package io.nas4j.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import io.nas4j.cli.Main;
import io.nas4j.cli.run.KeptWeights;
import io.nas4j.evaluator.djl.DjlEvaluator;
import io.nas4j.evaluator.djl.NetworkBuilder;
import io.nas4j.evaluator.djl.SavedNetwork;
import io.nas4j.evaluator.export.ExportedModel;
import io.nas4j.evaluator.export.Prediction;
import io.nas4j.searchspace.candidate.CanonicalJson;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.NewTrial;
import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.TrialOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real (tiny) iris study, exported, reloaded, re-evaluated and compiled. */
class ExportCommandTest {
    private static final String SPEC = """
            name: tiny
            dataset:
              name: iris
            task: classification
            objective:
              metric: val_accuracy
              direction: maximize
            seed: 7
            budget:
              trials: 4
            architecture:
              stages:
                - min_blocks: 1
                  max_blocks: 2
                  blocks:
                    - type: dense
                      units: {min: 8, max: 16}
                      activation: [relu, tanh, leaky_relu]
            hyperparameters:
              optimizer: [adam]
              learning_rate: 0.02
              batch_size: [16]
              epochs: 6
            strategy:
              type: random
            """;

    @TempDir
    static Path dir;
    static Path db;
    static Path spec;
    static Path export;
    static TrialRecord best;

    /** The outcome of one command line. */
    record Result(int code, String out, String err) {
    }

    static Result nas4j(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void runAndExport() throws Exception {
        db = dir.resolve("studies.db");
        spec = dir.resolve("tiny.yaml");
        Files.writeString(spec, SPEC);
        Result run = nas4j("run", spec.toString(), "--db", db.toString(), "--quiet", "--keep-best", "2");
        assertEquals(0, run.code(), run.err());
        export = dir.resolve("export");
        Result ex = nas4j("export", "tiny", "--best", "--out", export.toString(), "--db", db.toString());
        assertEquals(0, ex.code(), ex.err() + ex.out());
        try (StudyStorage s = Storages.open(db.toString())) {
            Study study = s.findStudy("tiny").orElseThrow();
            best = s.history(study.id()).best().orElseThrow();
        }
    }

    @Test
    void keepsOnlyTheBestKTrialsWeightsAndRecordsTheirPaths() throws Exception {
        Path artifacts = dir.resolve("studies.artifacts").resolve("tiny");
        List<Path> kept;
        try (Stream<Path> s = Files.list(artifacts)) {
            kept = s.toList();
        }
        assertEquals(2, kept.size(), kept.toString());
        try (StudyStorage s = Storages.open(db.toString())) {
            Study study = s.findStudy("tiny").orElseThrow();
            Map<String, String> attrs = s.attributes(study.id(), best.number());
            assertEquals(artifacts.resolve(String.format("trial-%05d", best.number())).toAbsolutePath().toString(),
                    attrs.get(KeptWeights.ATTRIBUTE));
        }
    }

    @Test
    void architectureFileHasTheTrialsFingerprint() throws Exception {
        String json = Files.readString(export.resolve("architecture.json"), StandardCharsets.UTF_8);
        assertEquals(best.fingerprint(), CanonicalJson.sha256(json));
        for (String f : List.of("preprocessing.json", "bundle.json", "MODEL_CARD.md", "learning_curve.png",
                "weights/network-0000.params", "code/Network.java", "code/network_pytorch.py", "code/network_keras.py")) {
            assertTrue(Files.isRegularFile(export.resolve(f)), f);
        }
        String card = Files.readString(export.resolve("MODEL_CARD.md"));
        assertTrue(card.contains("test_accuracy") && card.contains("learning_curve.png") && card.contains("SHA-256"), card);
    }

    @Test
    void reloadedExportPredictsExactlyLikeTheKeptWeights() throws Exception {
        Path keptDir = dir.resolve("studies.artifacts").resolve("tiny").resolve(String.format("trial-%05d", best.number()));
        float[] raw = {5.1f, 3.5f, 1.4f, 0.2f, 6.7f, 3.0f, 5.2f, 2.3f, 5.9f, 2.8f, 4.3f, 1.3f};
        try (ExportedModel model = ExportedModel.load(export);
                SavedNetwork kept = SavedNetwork.load(best.candidate().architecture(),
                        model.preprocessing().modelIO(), keptDir)) {
            float[] normalized = model.preprocessing().apply(raw, 3);
            float[] expected = kept.predict(normalized, 3);
            List<Prediction> got = model.predict(raw, 3);
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(java.util.Arrays.copyOfRange(expected, i * 3, i * 3 + 3), got.get(i).outputs());
            }
            try (Predictor<float[], Prediction> predictor = model.newPredictor()) {
                Prediction p = predictor.predict(java.util.Arrays.copyOfRange(raw, 0, 4));
                assertEquals(got.get(0).label(), p.label());
                assertEquals(got.get(0).probability(), p.probability(), 1e-6);
            }
            assertEquals("setosa", got.get(0).label());
        }
    }

    @Test
    void evaluateReproducesTheRecordedTestAccuracyExactly() {
        Result r = nas4j("evaluate", "--model", export.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        double recorded = best.metrics().get("test_accuracy");
        String line = r.out().lines().filter(l -> l.startsWith("test_accuracy ")).findFirst().orElseThrow();
        assertEquals(recorded, Double.parseDouble(line.split(" ")[1]));
        assertTrue(line.contains("reproduced exactly"), line);
    }

    @Test
    void predictPrintsLabelsForCsvRows() throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n");
        Result r = nas4j("predict", "--model", export.toString(), "--input", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("row 1: setosa 0."), r.out());
    }

    @Test
    void generatedJavaCompilesAndBuildsTheSameParameterCount() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null, List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")), null, javac.getStandardFileManager(null, null, null)
                .getJavaFileObjects(export.resolve("code/Network.java"))).call();
        assertTrue(ok, diagnostics.toString());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
                Model model = Model.newInstance("generated", "MXNet")) {
            SequentialBlock net = (SequentialBlock) loader.loadClass("Network").getMethod("build").invoke(null);
            model.setBlock(net);
            net.initialize(model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32, new ai.djl.ndarray.types.Shape(1, 4));
            long expected;
            try (Model reference = Model.newInstance("reference", "MXNet")) {
                SequentialBlock ref = NetworkBuilder.build(best.candidate().architecture(),
                        ExportedModel.load(export).preprocessing().modelIO());
                ref.initialize(reference.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32,
                        new ai.djl.ndarray.types.Shape(1, 4));
                expected = DjlEvaluator.countParameters(ref);
            }
            assertEquals(expected, DjlEvaluator.countParameters(net));
            assertEquals(best.paramCount(), DjlEvaluator.countParameters(net));
            model.load(export.resolve("weights"), DjlEvaluator.MODEL_NAME);
            assertTrue(net.forward(new ParameterStore(model.getNDManager(), false),
                    new ai.djl.ndarray.NDList(model.getNDManager().ones(new ai.djl.ndarray.types.Shape(1, 4))), false)
                    .singletonOrThrow().getShape().equals(new ai.djl.ndarray.types.Shape(1, 3)));
        }
    }

    @Test
    void generatedPythonCompiles() throws Exception {
        boolean python = false;
        try {
            python = new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (java.io.IOException e) {
            python = false;
        }
        Assumptions.assumeTrue(python, "python3 is not installed: skipping the py_compile check of the generated Python");
        Process p = new ProcessBuilder("python3", "-m", "py_compile", export.resolve("code/network_pytorch.py").toString(),
                export.resolve("code/network_keras.py").toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
    }

    @Test
    void refusesToExportIntoANonEmptyDirectoryWithoutForce() throws Exception {
        Result r = nas4j("export", "tiny", "--best", "--out", export.toString(), "--db", db.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--force"), r.err());
    }

    @Test
    void refusesToExportAFailedTrial() throws Exception {
        int number;
        try (StudyStorage s = Storages.open(db.toString())) {
            Study study = s.findStudy("tiny").orElseThrow();
            TrialRecord t = s.createTrial(study.id(), NewTrial.waiting(best.candidate(), Lineage.initial("manual"),
                    best.paramCount(), best.flops()));
            s.claimNext(study.id(), "test").orElseThrow();
            s.finishTrial(study.id(), t.number(), "test", new TrialOutcome(TrialState.FAILED, java.util.Collections.singletonList(Double.NaN), Map.of(),
                    "diverged at epoch 1"));
            number = t.number();
        }
        Result r = nas4j("export", "tiny", "--trial", Integer.toString(number), "--out",
                dir.resolve("failed").toString(), "--db", db.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("is FAILED") && r.err().contains("only COMPLETE trials"), r.err());
    }

    @Test
    void seedCandidateIsTheFirstTrialOfANewStudy() throws Exception {
        Result r = nas4j("run", spec.toString(), "--study", "seeded", "--trials", "1", "--quiet", "--keep-best", "0",
                "--seed-candidate", export.resolve("architecture.json").toString(), "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        try (StudyStorage s = Storages.open(db.toString())) {
            Study study = s.findStudy("seeded").orElseThrow();
            TrialRecord first = s.trial(study.id(), 0).orElseThrow();
            assertEquals("seed", first.lineage().operator());
            assertEquals(best.fingerprint(), first.fingerprint());
        }
    }
}
