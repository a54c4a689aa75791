package io.nas4j.evaluator.djl;

import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.TrialContext;
import io.nas4j.searchspace.space.TrainingDefaults;

/**
 * The training hyperparameters of one trial, resolved against {@link TrainingDefaults#DEFAULTS}
 * and the trial's budget, with their DJL counterparts.
 *
 * @param optimizer sgd, momentum (SGD with momentum {@value #MOMENTUM}), rmsprop or adam
 * @param learningRate fixed learning rate, positive
 * @param batchSize examples per training step, at least 1
 * @param epochs epochs to train, at least 1 (the context's budget wins when it sets one)
 * @param weightDecay L2 penalty applied by the optimizer, at least 0
 * @param weightInit xavier, he, normal (sigma {@value #NORMAL_SIGMA}) or uniform
 *     (bound {@value #UNIFORM_BOUND}); biases start at zero
 */
public record TrainingSettings(String optimizer, double learningRate, int batchSize, int epochs, double weightDecay,
        String weightInit) {
    /** Momentum of the {@code momentum} optimizer. */
    public static final float MOMENTUM = 0.9f;
    /** Standard deviation of the {@code normal} initializer. */
    public static final float NORMAL_SIGMA = 0.01f;
    /** Bound of the {@code uniform} initializer. */
    public static final float UNIFORM_BOUND = 0.07f;

    /** Validates every value, naming the hyperparameter when one is out of range. */
    public TrainingSettings {
        if (!TrainingDefaults.OPTIMIZERS.contains(optimizer)) {
            throw new IllegalArgumentException("optimizer: unknown value '" + optimizer + "' (expected one of "
                    + String.join(", ", TrainingDefaults.OPTIMIZERS) + ")");
        }
        if (!TrainingDefaults.INITS.contains(weightInit)) {
            throw new IllegalArgumentException("weight_init: unknown value '" + weightInit + "' (expected one of "
                    + String.join(", ", TrainingDefaults.INITS) + ")");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning_rate must be > 0, got " + learningRate);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch_size must be >= 1, got " + batchSize);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight_decay must be >= 0, got " + weightDecay);
        }
    }

    /** Reads a candidate's hyperparameters, filling defaults; the context's epoch budget overrides epochs. */
    public static TrainingSettings of(Candidate candidate, TrialContext context) {
        var d = TrainingDefaults.DEFAULTS;
        int epochs = context.epochBudget() > 0 ? context.epochBudget()
                : candidate.integer("epochs", ((Number) d.get("epochs")).intValue());
        return new TrainingSettings(
                candidate.word("optimizer", (String) d.get("optimizer")),
                candidate.number("learning_rate", ((Number) d.get("learning_rate")).doubleValue()),
                candidate.integer("batch_size", ((Number) d.get("batch_size")).intValue()),
                epochs,
                candidate.number("weight_decay", ((Number) d.get("weight_decay")).doubleValue()),
                candidate.word("weight_init", (String) d.get("weight_init")));
    }

    /** A fresh DJL optimizer with this learning rate and weight decay. */
    public Optimizer newOptimizer() {
        Tracker lr = Tracker.fixed((float) learningRate);
        float wd = (float) weightDecay;
        return switch (optimizer) {
            case "sgd" -> Optimizer.sgd().setLearningRateTracker(lr).optWeightDecays(wd).build();
            case "momentum" -> Optimizer.sgd().setLearningRateTracker(lr).optMomentum(MOMENTUM).optWeightDecays(wd).build();
            case "rmsprop" -> Optimizer.rmsprop().optLearningRateTracker(lr).optWeightDecays(wd).build();
            case "adam" -> Optimizer.adam().optLearningRateTracker(lr).optWeightDecays(wd).build();
            default -> throw new IllegalStateException("unreachable: " + optimizer);
        };
    }

    /** The DJL initializer for weights: DJL's default Xavier (uniform, average fan), He (MSRA Gaussian), normal or uniform. */
    public Initializer newInitializer() {
        return switch (weightInit) {
            case "xavier" -> new XavierInitializer();
            case "he" -> new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN, XavierInitializer.FactorType.IN, 2);
            case "normal" -> new NormalInitializer(NORMAL_SIGMA);
            case "uniform" -> new UniformInitializer(UNIFORM_BOUND);
            default -> throw new IllegalStateException("unreachable: " + weightInit);
        };
    }
}
