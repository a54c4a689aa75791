package io.nas4j.evaluator.synthetic;

import io.nas4j.searchspace.arch.Conv2d;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Dropout;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.arch.Recurrent;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.CandidateEvaluator;
import io.nas4j.searchspace.evaluation.EpochDecision;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.evaluation.TrialContext;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.space.TrainingDefaults;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Answers every trial with a deterministic learning curve derived from the candidate: capacity
 * (units, filters, depth), dropout and learning rate shape a final accuracy with a single
 * optimum, and the curve approaches it exponentially. The trial seed adds small noise.
 *
 * <p>Options (spec {@code evaluator:} section): {@code epoch_ms} (sleep per epoch, to imitate
 * training time, default 0), {@code fail_learning_rate} (learning rates at or above it diverge,
 * default none), {@code noise} (standard deviation of per-epoch noise, default 0.005).
 */
public final class SyntheticEvaluator implements CandidateEvaluator {
    private final ModelIO io;
    private final long epochMillis;
    private final double failLearningRate;
    private final double noise;

    /**
     * Creates the evaluator.
     *
     * @param io input and output the search space assumes
     * @param epochMillis sleep per epoch
     * @param failLearningRate learning rates at or above this diverge (Double.POSITIVE_INFINITY: never)
     * @param noise per-epoch noise standard deviation
     */
    public SyntheticEvaluator(ModelIO io, long epochMillis, double failLearningRate, double noise) {
        if (epochMillis < 0 || noise < 0) {
            throw new IllegalArgumentException("epoch_ms and noise must be >= 0");
        }
        this.io = io;
        this.epochMillis = epochMillis;
        this.failLearningRate = failLearningRate;
        this.noise = noise;
    }

    @Override
    public ModelIO io() {
        return io;
    }

    /** The accuracy the candidate converges to, in (0, 1): the synthetic ground truth. */
    public static double finalAccuracy(Candidate c) {
        double capacity = 0;
        double dropout = 0;
        int depth = 0;
        for (Layer l : c.architecture().layers()) {
            if (l instanceof Dense d) {
                capacity += Math.log(d.units());
                depth++;
            } else if (l instanceof Conv2d cv) {
                capacity += 1.3 * Math.log(cv.filters());
                depth++;
            } else if (l instanceof Recurrent r) {
                capacity += Math.log(r.hidden());
                depth++;
            } else if (l instanceof Dropout d) {
                dropout += d.rate();
            }
        }
        double lr = c.number("learning_rate", (Double) TrainingDefaults.DEFAULTS.get("learning_rate"));
        double lrPenalty = Math.pow(Math.log10(lr) + 2.5, 2) * 0.04; // best near 3e-3
        double capacityScore = 1 - Math.exp(-capacity / 6.0);
        double depthPenalty = Math.max(0, depth - 3) * 0.03;
        double dropoutScore = -Math.pow(dropout - 0.2, 2) * 0.3;
        double acc = 0.55 + 0.4 * capacityScore - lrPenalty - depthPenalty + dropoutScore;
        return Math.max(0.05, Math.min(0.99, acc));
    }

    @Override
    public EvaluationResult evaluate(Candidate candidate, TrialContext context) {
        int epochs = context.epochBudget() > 0 ? context.epochBudget()
                : candidate.integer("epochs", (Integer) TrainingDefaults.DEFAULTS.get("epochs"));
        double target = finalAccuracy(candidate) * (0.9 + 0.1 * context.dataFraction());
        double lr = candidate.number("learning_rate", (Double) TrainingDefaults.DEFAULTS.get("learning_rate"));
        Random rng = new Random(context.seed());
        Map<String, Double> last = new LinkedHashMap<>();
        for (int e = 1; e <= epochs; e++) {
            if (context.cancelled()) {
                return EvaluationResult.failed("cancelled", last, e - 1);
            }
            sleep();
            if (lr >= failLearningRate && e >= 2) {
                return EvaluationResult.failed("diverged at epoch " + e + ": loss is NaN", last, e - 1);
            }
            double acc = target * (1 - Math.exp(-e / 2.0)) + noise * rng.nextGaussian();
            acc = Math.max(0, Math.min(1, acc));
            double loss = -Math.log(Math.max(1e-6, acc));
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("train_loss", loss * 0.9);
            m.put("val_loss", loss);
            m.put("val_accuracy", acc);
            last = m;
            EpochDecision d = context.reportEpoch(new EpochMetrics(e, m, epochMillis / 1000.0));
            if (d == EpochDecision.PRUNE) {
                return EvaluationResult.pruned("pruned at epoch " + e, m, e);
            }
        }
        Map<String, Double> result = new LinkedHashMap<>(last);
        result.put("test_accuracy", last.getOrDefault("val_accuracy", Double.NaN));
        result.put("test_loss", last.getOrDefault("val_loss", Double.NaN));
        result.put("latency_ms", 0.01 * candidate.architecture().layers().size());
        return EvaluationResult.complete(result, epochs);
    }

    private void sleep() {
        if (epochMillis > 0) {
            try {
                Thread.sleep(epochMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
