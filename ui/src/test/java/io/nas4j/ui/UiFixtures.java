package io.nas4j.ui;

import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Conv2d;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Dropout;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.arch.Padding;
import io.nas4j.searchspace.arch.Pool;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.shape.ShapeInference;
import io.nas4j.searchspace.shape.ShapeReport;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.spec.Task;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.NewStudy;
import io.nas4j.store.NewTrial;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.TrialOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills a store with a realistic study through the public store API: convolutional candidates
 * for 28x28 images, an evolution lineage, per-epoch curves, and every trial state (pruned trials
 * carry a {@code rung} attribute, failed and infeasible ones a message).
 */
public final class UiFixtures {
    /** The model I/O of the filled studies: Fashion-MNIST-like images, 10 classes. */
    public static final ModelIO IO = new ModelIO(new Shape(1, 28, 28), Task.CLASSIFICATION, 10);
    private static final String WORKER = "fixture-worker";

    private UiFixtures() {
    }

    /** Creates a study maximizing val_accuracy and minimizing param_count, with the model I/O in its provenance. */
    public static Study study(StudyStorage storage, String name) {
        return storage.createStudy(NewStudy.builder().setName(name).setSpecJson("{\"name\":\"fixture\"}")
                .setObjectives(List.of(new Objective("val_accuracy", Direction.MAXIMIZE),
                        new Objective("param_count", Direction.MINIMIZE)))
                .setStrategy("evolution").optSeed(42).optDataset("fashion-mnist (synthetic fixture)")
                .optProvenance("io.input_shape", "1,28,28").optProvenance("io.task", "classification")
                .optProvenance("io.classes", "10").build());
    }

    /**
     * Adds {@code trials} trials with {@code epochs} epochs each to {@code study}.
     *
     * @return the trials as finished
     */
    public static List<TrialRecord> fill(StudyStorage storage, Study study, int trials, int epochs, long seed) {
        Random rnd = new Random(seed);
        List<TrialRecord> out = new ArrayList<>();
        int first = storage.counts(study.id()).values().stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < trials; i++) {
            out.add(addTrial(storage, study, first + i, epochs, rnd));
        }
        return out;
    }

    /** Adds one trial numbered {@code number} (the next free one) and runs it to its end state. */
    public static TrialRecord addTrial(StudyStorage storage, Study study, int number, int epochs, Random rnd) {
        int filters = 8 << rnd.nextInt(3);
        int units = 32 << rnd.nextInt(3);
        boolean twoConvs = rnd.nextBoolean();
        List<Layer> layers = new ArrayList<>();
        layers.add(new Conv2d(filters, 3, 1, Padding.SAME, Activation.RELU));
        layers.add(new Pool(LayerType.MAXPOOL, 2, 2, Padding.VALID));
        if (twoConvs) {
            layers.add(new Conv2d(filters * 2, 3, 1, Padding.SAME, Activation.RELU));
            layers.add(new Pool(LayerType.MAXPOOL, 2, 2, Padding.VALID));
        }
        layers.add(new Dense(units, Activation.RELU));
        layers.add(new Dropout(0.1 * (1 + rnd.nextInt(4))));
        boolean infeasible = number % 31 == 30;
        if (infeasible) {
            layers.add(0, new Conv2d(8, 29, 1, Padding.VALID, Activation.RELU)); // larger than the 28x28 input
        }
        double lr = Math.pow(10, -4 + 2 * rnd.nextDouble());
        String optimizer = rnd.nextBoolean() ? "adam" : "sgd";
        Candidate c = new Candidate(new Architecture(layers),
                Map.of("learning_rate", lr, "optimizer", optimizer, "batch_size", 32 << rnd.nextInt(3)));
        Lineage lineage = number < 10 ? Lineage.RANDOM
                : new Lineage(1 + number / 50, List.of(rnd.nextInt(number)), "mutation");
        if (infeasible) {
            String reason;
            try {
                ShapeInference.infer(c.architecture(), IO);
                reason = "expected infeasible";
            } catch (InfeasibleArchitectureException e) {
                reason = e.getMessage();
            }
            return storage.createTrial(study.id(), NewTrial.infeasible(c, lineage, reason));
        }
        ShapeReport shape;
        try {
            shape = ShapeInference.infer(c.architecture(), IO);
        } catch (InfeasibleArchitectureException e) {
            throw new IllegalStateException(e);
        }
        storage.createTrial(study.id(), NewTrial.waiting(c, lineage, shape.params(), shape.flops()));
        TrialRecord claimed = storage.claimNext(study.id(), WORKER).orElseThrow();
        double quality = 0.80 + 0.1 * Math.min(1, filters * (twoConvs ? 2 : 1) / 32.0) - 0.05 * Math.abs(Math.log10(lr) + 3)
                + 0.02 * rnd.nextGaussian();
        boolean pruned = number % 7 == 3;
        boolean failed = number % 23 == 22;
        int ran = pruned ? Math.max(1, epochs / 3) : failed ? Math.max(1, epochs / 2) : epochs;
        double acc = 0;
        double loss = 0;
        for (int e = 1; e <= ran; e++) {
            double progress = 1 - Math.exp(-3.0 * e / epochs);
            acc = Math.min(0.999, quality * progress + 0.1 * (1 - progress) + 0.005 * rnd.nextGaussian());
            loss = Math.max(0.01, 2.3 * (1 - progress) + (1 - quality) * 1.5 + 0.02 * rnd.nextGaussian());
            storage.recordEpoch(study.id(), claimed.number(), WORKER, new EpochMetrics(e,
                    Map.of("val_accuracy", acc, "val_loss", loss, "train_loss", loss * 0.9), 0.5 + rnd.nextDouble()));
        }
        TrialOutcome outcome;
        if (failed) {
            outcome = new TrialOutcome(TrialState.FAILED, List.of(Double.NaN, Double.NaN), Map.of(),
                    "java.lang.IllegalStateException: <script>alert('boom')</script> loss became NaN at epoch " + ran);
        } else if (pruned) {
            storage.setAttribute(study.id(), claimed.number(), "rung", Integer.toString(1 + number % 3));
            outcome = new TrialOutcome(TrialState.PRUNED, List.of(acc, (double) shape.params()),
                    Map.of("val_accuracy", acc, "val_loss", loss), "below the median at epoch " + ran);
        } else {
            double test = acc - 0.01 + 0.005 * rnd.nextGaussian();
            outcome = new TrialOutcome(TrialState.COMPLETE, List.of(acc, (double) shape.params()),
                    Map.of("val_accuracy", acc, "val_loss", loss, "test_accuracy", test, "latency_ms", 0.2 + shape.flops() / 5e6),
                    null);
        }
        return storage.finishTrial(study.id(), claimed.number(), WORKER, outcome);
    }
}
