package io.nas4j.evaluator.export;

/** The names of the files and folders of an export directory. */
public final class ExportFiles {
    /** The canonical candidate (architecture and hyperparameters). */
    public static final String ARCHITECTURE = "architecture.json";
    /** The inference preprocessing ({@link Preprocessing}). */
    public static final String PREPROCESSING = "preprocessing.json";
    /** Provenance: study, trial, seed, dataset, metrics, versions, spec. */
    public static final String BUNDLE = "bundle.json";
    /** The human-readable model card. */
    public static final String MODEL_CARD = "MODEL_CARD.md";
    /** The learning-curve plot the model card shows. */
    public static final String LEARNING_CURVE = "learning_curve.png";
    /** The folder with the trained DJL parameters ({@code network-0000.params}). */
    public static final String WEIGHTS = "weights";
    /** The folder with generated source code. */
    public static final String CODE = "code";

    private ExportFiles() {
    }
}
