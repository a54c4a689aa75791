package io.nas4j.store;

import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Conv2d;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Dropout;
import io.nas4j.searchspace.arch.Padding;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.Lineage;
import java.util.List;
import java.util.Map;

/** Studies and candidates for store tests. */
public final class StoreFixtures {
    private StoreFixtures() {
    }

    /** A study maximizing val_accuracy (and, with {@code twoObjectives}, minimizing param_count). */
    public static NewStudy study(String name, boolean twoObjectives) {
        List<Objective> objectives = twoObjectives
                ? List.of(new Objective("val_accuracy", Direction.MAXIMIZE), new Objective("param_count", Direction.MINIMIZE))
                : List.of(new Objective("val_accuracy", Direction.MAXIMIZE));
        return NewStudy.builder()
                .setName(name)
                .setSpecJson("{\"name\":\"" + name + "\",\"seed\":7}")
                .setObjectives(objectives)
                .setStrategy("random")
                .optSeed(7)
                .optDataset("iris (built-in), 70/15/15 split")
                .optProvenance(NewStudy.JAVA_VERSION, "17.0.1")
                .optProvenance(NewStudy.DJL_VERSION, "0.36.0")
                .optProvenance(NewStudy.ENGINE, "MXNet 1.9.1")
                .optProvenance(NewStudy.NAS4J_VERSION, "0.1.0-SNAPSHOT")
                .build();
    }

    /** A study minimizing val_loss. */
    public static NewStudy minimizingStudy(String name) {
        return NewStudy.builder().setName(name).setSpecJson("{}")
                .setObjectives(List.of(new Objective("val_loss", Direction.MINIMIZE))).setStrategy("grid").build();
    }

    /** A dense candidate: dense(units) > dropout(0.2), with learning rate, optimizer and batch size. */
    public static Candidate dense(int units, double learningRate, String optimizer) {
        return new Candidate(new Architecture(List.of(new Dense(units, Activation.RELU), new Dropout(0.2))),
                Map.of("learning_rate", learningRate, "optimizer", optimizer, "batch_size", 32, "augment", false));
    }

    /** A convolutional candidate with {@code filters} filters in two conv blocks and a dense head. */
    public static Candidate conv(int filters) {
        return new Candidate(new Architecture(List.of(
                new Conv2d(filters, 3, 1, Padding.SAME, Activation.RELU),
                new Conv2d(filters * 2, 3, 1, Padding.SAME, Activation.RELU),
                new Dense(64, Activation.RELU))), Map.of("learning_rate", 0.001));
    }

    /** A WAITING trial of {@link #dense} with a random lineage. */
    public static NewTrial waiting(int units, double learningRate) {
        return NewTrial.waiting(dense(units, learningRate, "adam"), Lineage.RANDOM, units * 10L, units * 20L);
    }
}
