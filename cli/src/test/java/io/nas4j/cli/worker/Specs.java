package io.nas4j.cli.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Study specs for the worker tests, written into a test folder. */
final class Specs {
    private Specs() {
    }

    /**
     * A synthetic study: {@code epochs} epochs of {@code epochMs} each; learning rates from 0.001
     * to 0.1, of which those at or above {@code failLr} diverge (use 1 for none).
     */
    static Path synthetic(Path dir, String name, String strategy, int trials, int epochs, int epochMs, double failLr)
            throws IOException {
        String yaml = """
                name: %s
                dataset: {name: iris}
                evaluator: {type: synthetic, epoch_ms: %d, fail_learning_rate: %s}
                seed: 5
                budget: {trials: %d}
                architecture:
                  min_blocks: 1
                  max_blocks: 4
                  blocks:
                    - type: dense
                      units: {min: 4, max: 512, log: true}
                      activation: [relu, tanh, elu]
                    - type: dropout
                      rate: {min: 0.0, max: 0.5}
                hyperparameters:
                  learning_rate: {min: 0.001, max: 0.1, log: true}
                  epochs: %d
                strategy: %s
                """.formatted(name, epochMs, failLr, trials, epochs, strategy);
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
