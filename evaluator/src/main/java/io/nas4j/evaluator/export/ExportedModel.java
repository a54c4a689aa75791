package io.nas4j.evaluator.export;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import io.nas4j.evaluator.djl.SavedNetwork;
import io.nas4j.searchspace.candidate.Candidate;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A model exported by {@code nas4j export}, loaded for predictions in an application.
 *
 * <pre>{@code
 * try (ExportedModel model = ExportedModel.load(Path.of("best-iris"))) {
 *     Prediction p = model.predict(new float[] {5.1f, 3.5f, 1.4f, 0.2f});   // raw features
 *     System.out.println(p.label() + " " + p.probability());
 *     try (Predictor<float[], Prediction> predictor = model.newPredictor()) {  // DJL API
 *         Prediction q = predictor.predict(new float[] {6.7f, 3.0f, 5.2f, 2.3f});
 *     }
 * }
 * }</pre>
 *
 * <p>Inputs are raw examples (see {@link Preprocessing}): the export's normalization is applied
 * here. Close the model to free its native memory; it is safe to predict from several threads
 * only through one {@link Predictor} per thread.
 */
public final class ExportedModel implements AutoCloseable {
    private final Candidate candidate;
    private final Preprocessing preprocessing;
    private final SavedNetwork network;

    private ExportedModel(Candidate candidate, Preprocessing preprocessing, SavedNetwork network) {
        this.candidate = candidate;
        this.preprocessing = preprocessing;
        this.network = network;
    }

    /**
     * Loads the export in {@code dir}: {@value ExportFiles#ARCHITECTURE},
     * {@value ExportFiles#PREPROCESSING} and the parameters in {@value ExportFiles#WEIGHTS}/.
     *
     * @throws IOException naming the file that is missing or does not fit
     */
    public static ExportedModel load(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new IOException("no export directory at " + dir);
        }
        Path arch = dir.resolve(ExportFiles.ARCHITECTURE);
        Path pre = dir.resolve(ExportFiles.PREPROCESSING);
        for (Path p : List.of(arch, pre)) {
            if (!Files.isRegularFile(p)) {
                throw new IOException(dir + " is not a nas4j export: " + p.getFileName() + " is missing");
            }
        }
        Candidate candidate;
        try {
            candidate = Candidate.fromJson(Files.readString(arch, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(arch + ": " + e.getMessage(), e);
        }
        Preprocessing preprocessing = Preprocessing.read(pre);
        SavedNetwork network = SavedNetwork.load(candidate.architecture(), preprocessing.modelIO(),
                dir.resolve(ExportFiles.WEIGHTS));
        return new ExportedModel(candidate, preprocessing, network);
    }

    /** The exported candidate (architecture and hyperparameters). */
    public Candidate candidate() {
        return candidate;
    }

    /** The preprocessing applied to raw inputs. */
    public Preprocessing preprocessing() {
        return preprocessing;
    }

    /** The loaded network (for already normalized inputs and re-scoring). */
    public SavedNetwork network() {
        return network;
    }

    /** Predicts one raw example ({@link Preprocessing#rawLength()} values). */
    public Prediction predict(float[] raw) {
        return predict(raw, 1).get(0);
    }

    /** Predicts {@code count} raw examples given row-major in one array. */
    public List<Prediction> predict(float[] raw, int count) {
        float[] outputs = network.predict(preprocessing.apply(raw, count), count);
        int width = outputs.length / count;
        List<Prediction> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(Prediction.of(Arrays.copyOfRange(outputs, i * width, (i + 1) * width), preprocessing.classNames()));
        }
        return out;
    }

    /** A DJL predictor from one raw example to its {@link Prediction}; close it before the model. */
    public Predictor<float[], Prediction> newPredictor() {
        return network.newPredictor(new RawTranslator(preprocessing));
    }

    @Override
    public void close() {
        network.close();
    }

    /** Normalizes a raw example into the network's layout and reads the activated outputs. */
    private static final class RawTranslator implements Translator<float[], Prediction> {
        private final Preprocessing preprocessing;

        RawTranslator(Preprocessing preprocessing) {
            this.preprocessing = preprocessing;
        }

        @Override
        public NDList processInput(TranslatorContext ctx, float[] raw) {
            float[] x = preprocessing.apply(raw, 1);
            long[] shape = Arrays.stream(preprocessing.inputShape()).asLongStream().toArray();
            return new NDList(ctx.getNDManager().create(FloatBuffer.wrap(x), new Shape(shape), DataType.FLOAT32));
        }

        @Override
        public Prediction processOutput(TranslatorContext ctx, NDList list) {
            NDArray out = list.singletonOrThrow();
            if (preprocessing.classNames().size() > 2) {
                out = out.softmax(0);
            } else if (preprocessing.classNames().size() == 2) {
                out = ai.djl.nn.Activation.sigmoid(out);
            }
            return Prediction.of(out.toFloatArray(), preprocessing.classNames());
        }

        @Override
        public Batchifier getBatchifier() {
            return Batchifier.STACK;
        }
    }
}
