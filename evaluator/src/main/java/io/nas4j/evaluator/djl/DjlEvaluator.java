package io.nas4j.evaluator.djl;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import io.nas4j.evaluator.data.Augmenter;
import io.nas4j.evaluator.data.DataSplit;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.CandidateEvaluator;
import io.nas4j.searchspace.evaluation.EpochDecision;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.evaluation.TrialContext;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.spec.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * A {@link CandidateEvaluator} that really trains each candidate with DJL on the MXNet engine.
 *
 * <p>Per trial: the network is built by {@link NetworkBuilder}, weights are initialized after
 * seeding the engine with the trial's seed, and the (optionally fraction-limited) training split
 * is shuffled each epoch by a generator seeded with the same seed. After every epoch it reports
 * {@code train_loss}, {@code val_loss} and {@code val_accuracy} (classification) or
 * {@code val_rmse} and {@code val_mae} (regression) and obeys a PRUNE answer. A completed trial
 * also gets {@code test_*} metrics, {@code param_count} (DJL's own count),
 * {@code latency_ms} (median single-example inference time) and {@code train_seconds}.
 *
 * <p>Never throws for a bad trial: divergence (a non-finite loss), cancellation and any error
 * end as a FAILED result with the reason; so does a NAS-Bench-201 cell, which only the tabular
 * evaluator answers. Every native resource of a trial is closed before
 * {@link #evaluate} returns.
 *
 * <p>The engine's random seed is global to the JVM: results repeat exactly for a seed only when
 * one trial trains at a time in a process.
 */
public final class DjlEvaluator implements CandidateEvaluator {
    /** File name of the saved weights' model name (DJL writes {@code network-0000.params}). */
    public static final String MODEL_NAME = "network";
    /** File next to saved weights holding the candidate's canonical JSON. */
    public static final String CANDIDATE_FILE = "candidate.json";

    private static final int LOSS_CHECK_INTERVAL = 50;
    private static final int LATENCY_WARMUP = 5;

    private final LoadedDataset data;
    private final ModelIO io;
    private final Device device;
    private final Path keepWeights;
    private final int latencyRuns;

    private DjlEvaluator(Builder builder) {
        this.data = builder.data;
        this.io = modelIO(builder.data);
        this.device = builder.device != null ? builder.device : Engine.getEngine("MXNet").defaultDevice();
        this.keepWeights = builder.keepWeights;
        this.latencyRuns = builder.latencyRuns;
    }

    /** A builder; {@link Builder#setData} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The input shape and output head of a loaded dataset. */
    public static ModelIO modelIO(LoadedDataset data) {
        return new ModelIO(new Shape(data.inputShape()), data.task(),
                data.task() == Task.CLASSIFICATION ? data.numClasses() : 0);
    }

    @Override
    public ModelIO io() {
        return io;
    }

    /** The directory the weights of trial {@code trialNumber} are saved to, or null when weights are not kept. */
    public Path weightsDirectory(int trialNumber) {
        return keepWeights == null ? null : keepWeights.resolve(String.format("trial-%05d", trialNumber));
    }

    @Override
    public EvaluationResult evaluate(Candidate candidate, TrialContext context) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(context, "context");
        if (candidate.architecture().layers().stream().anyMatch(l -> l instanceof io.nas4j.searchspace.arch.Cell)) {
            return EvaluationResult.failed("cell architectures are evaluated by the tabular evaluator "
                    + "(evaluator: {type: tabular, table: FILE}); DJL cannot train "
                    + candidate.architecture().describe(), Map.of(), 0);
        }
        TrialRun run = new TrialRun(candidate, context);
        try {
            return run.execute();
        } catch (InfeasibleArchitectureException e) {
            return EvaluationResult.failed("infeasible architecture: " + e.getMessage(), run.lastMetrics, run.epochsDone);
        } catch (RuntimeException | IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            return EvaluationResult.failed(message, run.lastMetrics, run.epochsDone);
        }
    }

    /** Thrown inside a trial to end it as FAILED with a plain reason. */
    private static final class TrialStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TrialStopped(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The state of one trial while it trains. */
    private final class TrialRun {
        private final Candidate candidate;
        private final TrialContext context;
        private final OutputHead head = new OutputHead(io);
        private final int[] shape = data.inputShape();
        private Map<String, Double> lastMetrics = Map.of();
        private int epochsDone;

        TrialRun(Candidate candidate, TrialContext context) {
            this.candidate = candidate;
            this.context = context;
        }

        EvaluationResult execute() throws InfeasibleArchitectureException, IOException {
            try {
                return train();
            } catch (TrialStopped stop) {
                return EvaluationResult.failed(stop.getMessage(), lastMetrics, epochsDone);
            }
        }

        private EvaluationResult train() throws InfeasibleArchitectureException, IOException {
            TrainingSettings settings = TrainingSettings.of(candidate, context);
            SequentialBlock network = NetworkBuilder.build(candidate.architecture(), io);
            Engine.getEngine("MXNet").setRandomSeed(intSeed(context.seed()));
            Loss loss = head.newLoss();
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                    .optOptimizer(settings.newOptimizer())
                    .optInitializer(settings.newInitializer(), Parameter.Type.WEIGHT)
                    .optDevices(new Device[] {device});
            try (Model model = Model.newInstance(MODEL_NAME, device, "MXNet")) {
                model.setBlock(network);
                Trainer trainer = model.newTrainer(config);
                try (trainer) {
                    trainer.initialize(NetworkBuilder.inputShape(io, settings.batchSize()));
                    long paramCount = countParameters(network);
                    EvaluationResult result = fit(trainer, loss, settings, paramCount);
                    if (result == null) {
                        result = finish(trainer, loss, paramCount);
                        if (keepWeights != null) {
                            Path dir = weightsDirectory(context.trialNumber());
                            Files.createDirectories(dir);
                            model.save(dir, MODEL_NAME);
                            Files.writeString(dir.resolve(CANDIDATE_FILE), candidate.canonicalJson(), StandardCharsets.UTF_8);
                        }
                    }
                    return result;
                } finally {
                    ParameterServerCloser.close(trainer);
                }
            }
        }

        /** Trains all epochs; returns a PRUNED result when the runner says so, else null. */
        private EvaluationResult fit(Trainer trainer, Loss loss, TrainingSettings settings, long paramCount) {
            DataSplit train = data.train();
            if (train.size() == 0) {
                throw new TrialStopped("the training split is empty");
            }
            Random shuffle = new Random(context.seed());
            Random augmentRng = new Random(context.seed() ^ 0x5DEECE66DL);
            Augmenter augmenter = data.augmenter();
            int[] order = permutation(train.size(), shuffle);
            int used = (int) Math.max(1, Math.min(train.size(), Math.round(context.dataFraction() * train.size())));
            order = Arrays.copyOf(order, used);
            BatchAssembler batches = new BatchAssembler(train, shape, settings.batchSize());
            double trainSeconds = 0;
            for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                long start = System.nanoTime();
                shuffleInPlace(order, shuffle);
                double trainLoss = trainEpoch(trainer, loss, batches, order, settings.batchSize(), epoch, augmenter,
                        augmentRng);
                Map<String, Double> values = new LinkedHashMap<>();
                values.put("train_loss", trainLoss);
                SplitScores val = score(trainer, loss, data.validation());
                if (val != null) {
                    if (!Double.isFinite(val.loss)) {
                        throw new TrialStopped("diverged at epoch " + epoch + ": validation loss is " + val.loss);
                    }
                    val.putInto(values, "val_");
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                trainSeconds += seconds;
                epochsDone = epoch;
                lastMetrics = new LinkedHashMap<>(values);
                lastMetrics.put("param_count", (double) paramCount);
                lastMetrics.put("train_seconds", trainSeconds);
                EpochDecision decision = context.reportEpoch(new EpochMetrics(epoch, values, seconds));
                if (decision == EpochDecision.PRUNE) {
                    return EvaluationResult.pruned("pruned after epoch " + epoch, lastMetrics, epoch);
                }
            }
            return null;
        }

        /** One pass over {@code order}; returns the mean training loss. */
        private double trainEpoch(Trainer trainer, Loss loss, BatchAssembler batches, int[] order, int batchSize,
                int epoch, Augmenter augmenter, Random augmentRng) {
            NDManager root = trainer.getManager();
            double lossSum = 0;
            int batchIndex = 0;
            int firstPending = 1;
            List<NDArray> pending = new ArrayList<>();
            List<Integer> pendingSizes = new ArrayList<>();
            NDManager pendingManager = root.newSubManager();
            try {
                for (int from = 0; from < order.length; from += batchSize) {
                    if (context.cancelled()) {
                        throw new TrialStopped("cancelled at epoch " + epoch + " batch " + (batchIndex + 1));
                    }
                    int to = Math.min(order.length, from + batchSize);
                    batchIndex++;
                    try (NDManager batch = root.newSubManager()) {
                        NDArray x = batches.features(batch, order, from, to, augmenter, augmentRng);
                        NDArray y = head.labels(batch, batches.targets(order, from, to), 0, to - from);
                        NDArray value;
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            NDList predictions = trainer.forward(new NDList(x));
                            value = loss.evaluate(new NDList(y), predictions);
                            collector.backward(value);
                        }
                        trainer.step();
                        value.attach(pendingManager);
                        pending.add(value);
                        pendingSizes.add(to - from);
                    }
                    if (pending.size() == LOSS_CHECK_INTERVAL) {
                        lossSum += drain(pending, pendingSizes, epoch, firstPending);
                        pendingManager.close();
                        pendingManager = root.newSubManager();
                        firstPending = batchIndex + 1;
                    }
                }
                if (!pending.isEmpty()) {
                    lossSum += drain(pending, pendingSizes, epoch, firstPending);
                }
            } finally {
                pendingManager.close();
            }
            return lossSum / order.length;
        }

        /** Reads the pending batch losses in one copy, failing on the first non-finite one. */
        private double drain(List<NDArray> pending, List<Integer> sizes, int epoch, int firstBatch) {
            float[] values = NDArrays.stack(new NDList(pending)).toFloatArray();
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                if (!Float.isFinite(values[i])) {
                    throw new TrialStopped("diverged at epoch " + epoch + " batch " + (firstBatch + i) + ": loss is "
                            + values[i]);
                }
                sum += (double) values[i] * sizes.get(i);
            }
            pending.clear();
            sizes.clear();
            return sum;
        }

        /** Loss and task metrics on a split, or null when it is empty. */
        private SplitScores score(Trainer trainer, Loss loss, DataSplit split) {
            return SplitScores.compute(trainer::evaluate, trainer.getManager(), head, loss, split, shape);
        }

        /** Test metrics, latency and the final result of a completed trial. */
        private EvaluationResult finish(Trainer trainer, Loss loss, long paramCount) {
            Map<String, Double> metrics = new LinkedHashMap<>(lastMetrics);
            SplitScores test = score(trainer, loss, data.test());
            if (test != null) {
                test.putInto(metrics, "test_");
            }
            metrics.put("param_count", (double) paramCount);
            metrics.put("latency_ms", latency(trainer));
            return EvaluationResult.complete(metrics, epochsDone);
        }

        /** Median wall time of single-example predictions (input creation to result on the host). */
        private double latency(Trainer trainer) {
            DataSplit source = data.test().size() > 0 ? data.test()
                    : data.validation().size() > 0 ? data.validation() : data.train();
            BatchAssembler one = new BatchAssembler(source, shape, 1);
            double[] millis = new double[latencyRuns];
            for (int i = -LATENCY_WARMUP; i < latencyRuns; i++) {
                long start = System.nanoTime();
                try (NDManager manager = trainer.getManager().newSubManager()) {
                    NDArray x = one.contiguousFeatures(manager, 0, 1);
                    trainer.evaluate(new NDList(x)).singletonOrThrow().toFloatArray();
                }
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(millis);
            return latencyRuns % 2 == 1 ? millis[latencyRuns / 2]
                    : (millis[latencyRuns / 2 - 1] + millis[latencyRuns / 2]) / 2;
        }
    }

    /** DJL's parameter count: the sizes of all parameter arrays, batch-norm running statistics included. */
    public static long countParameters(ai.djl.nn.Block block) {
        long n = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            n += p.getValue().getArray().size();
        }
        return n;
    }

    private static int intSeed(long seed) {
        return (int) (seed ^ (seed >>> 32));
    }

    private static int[] permutation(int n, Random rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffleInPlace(order, rng);
        return order;
    }

    private static void shuffleInPlace(int[] a, Random rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Builds a {@link DjlEvaluator}: {@code setData} is required, the rest optional. */
    public static final class Builder {
        private LoadedDataset data;
        private Device device;
        private Path keepWeights;
        private int latencyRuns = 50;

        private Builder() {
        }

        /** The dataset every trial trains, validates and tests on. */
        public Builder setData(LoadedDataset data) {
            this.data = Objects.requireNonNull(data, "data");
            return this;
        }

        /** The device to train on (default: the MXNet engine's default device). */
        public Builder optDevice(Device device) {
            this.device = device;
            return this;
        }

        /**
         * Saves each completed trial's trained parameters under {@code dir/trial-NNNNN/}
         * ({@value #MODEL_NAME}{@code -0000.params} and {@value #CANDIDATE_FILE}); reload them
         * with {@link SavedNetwork#load}.
         */
        public Builder optKeepWeights(Path dir) {
            this.keepWeights = dir;
            return this;
        }

        /** Timed single-example predictions for {@code latency_ms} (default 50). */
        public Builder optLatencyRuns(int runs) {
            if (runs < 1) {
                throw new IllegalArgumentException("latency runs must be >= 1, got " + runs);
            }
            this.latencyRuns = runs;
            return this;
        }

        /** Builds the evaluator. */
        public DjlEvaluator build() {
            if (data == null) {
                throw new IllegalStateException("DjlEvaluator needs the dataset: call setData(loadedDataset)");
            }
            return new DjlEvaluator(this);
        }
    }
}
