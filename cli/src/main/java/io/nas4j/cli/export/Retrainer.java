package io.nas4j.cli.export;

import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.djl.DjlEvaluator;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.EpochDecision;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.evaluation.TrialContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains one candidate alone with the DJL evaluator, for a given trial number and seed, saving
 * its weights: a retrain for export, or {@code nas4j train}.
 */
public final class Retrainer {
    private Retrainer() {
    }

    /**
     * The outcome of a training run.
     *
     * @param result the evaluation result (state, metrics)
     * @param epochs the per-epoch metrics
     * @param weights the folder holding {@code network-0000.params}, or null when it did not complete
     */
    public record Outcome(EvaluationResult result, List<EpochMetrics> epochs, Path weights) {
        /** Copies the epochs. */
        public Outcome {
            epochs = List.copyOf(epochs);
        }
    }

    /**
     * Trains {@code candidate} on {@code data} with {@code seed} as trial {@code number}, saving
     * the weights under {@code workDir/trial-NNNNN/}.
     */
    public static Outcome train(Candidate candidate, LoadedDataset data, int number, long seed, Path workDir,
            Consumer<EpochMetrics> progress) {
        List<EpochMetrics> epochs = new ArrayList<>();
        try (DjlEvaluator evaluator = DjlEvaluator.builder().setData(data).optKeepWeights(workDir).build()) {
            return run(evaluator, candidate, number, seed, epochs, progress);
        }
    }

    private static Outcome run(DjlEvaluator evaluator, Candidate candidate, int number, long seed,
            List<EpochMetrics> epochs, Consumer<EpochMetrics> progress) {
        EvaluationResult result = evaluator.evaluate(candidate, new TrialContext() {
            @Override
            public int trialNumber() {
                return number;
            }

            @Override
            public long seed() {
                return seed;
            }

            @Override
            public EpochDecision reportEpoch(EpochMetrics metrics) {
                epochs.add(metrics);
                progress.accept(metrics);
                return EpochDecision.CONTINUE;
            }
        });
        Path dir = evaluator.weightsDirectory(number);
        return new Outcome(result, epochs, result.state() == io.nas4j.searchspace.trial.TrialState.COMPLETE ? dir : null);
    }
}
