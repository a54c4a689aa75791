package io.nas4j.evaluator.bench;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.nas4j.evaluator.data.Augmenter;
import io.nas4j.evaluator.data.DataSplit;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.data.Normalization;
import io.nas4j.evaluator.djl.DjlEvaluator;
import io.nas4j.evaluator.djl.NetworkBuilder;
import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Conv2d;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Flatten;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.arch.Padding;
import io.nas4j.searchspace.arch.Pool;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.EpochDecision;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.evaluation.TrialContext;
import io.nas4j.searchspace.shape.ShapeInference;
import io.nas4j.searchspace.spec.Task;
import io.nas4j.searchspace.trial.TrialState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Training throughput against the machine: for the reference MLP (784-256-10) and CNN
 * (conv3x3-32, pool, conv3x3-64, pool, dense-128) on Fashion-MNIST-sized input (1x28x28, 10
 * classes) at batch 128 with Adam, it measures in one process, interleaved and repeated:
 * <ul>
 *   <li>the single-precision matrix-multiply rate of the engine (chained 1024x1024 {@code matMul});
 *   <li>samples/s of a minimal hand-written DJL training loop (Trainer, forward, backward, step);
 *   <li>samples/s of the nas4j {@link DjlEvaluator} on the same model and data (one epoch, a 1%
 *       validation split, no test split), timed by the epoch time it reports;
 * </ul>
 * and prints one line per measurement plus medians, the evaluator's overhead and the achieved
 * FLOP/s (3x the forward FLOPs of shape inference per training example) as a fraction of the
 * matMul rate. Usage: {@code ThroughputBench [repeats] [mlpSamples] [cnnSamples]}.
 */
public final class ThroughputBench {
    private static final int BATCH = 128;
    private static final int CLASSES = 10;
    private static final int[] IMAGE = {1, 28, 28};
    private static final int MATMUL_N = 1024;

    private ThroughputBench() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int mlpSamples = args.length > 1 ? Integer.parseInt(args[1]) : 15_360;
        int cnnSamples = args.length > 2 ? Integer.parseInt(args[2]) : 2_560;
        Map<String, List<Layer>> models = Map.of(
                "mlp", List.of(new Flatten(), new Dense(256, Activation.RELU)),
                "cnn", List.of(new Conv2d(32, 3, 1, Padding.SAME, Activation.RELU),
                        new Pool(LayerType.MAXPOOL, 2, 2, Padding.VALID),
                        new Conv2d(64, 3, 1, Padding.SAME, Activation.RELU),
                        new Pool(LayerType.MAXPOOL, 2, 2, Padding.VALID), new Flatten(),
                        new Dense(128, Activation.RELU)));
        System.out.printf("threads: OMP_NUM_THREADS=%s MXNET_CPU_WORKER_NTHREADS=%s availableProcessors=%d%n",
                System.getenv("OMP_NUM_THREADS"), System.getenv("MXNET_CPU_WORKER_NTHREADS"),
                Runtime.getRuntime().availableProcessors());
        List<Double> matmul = new ArrayList<>();
        for (String name : List.of("mlp", "cnn")) {
            int samples = name.equals("mlp") ? mlpSamples : cnnSamples;
            LoadedDataset data = dataset(samples, samples / 100, 7);
            Candidate candidate = new Candidate(new Architecture(models.get(name)),
                    Map.of("optimizer", "adam", "learning_rate", 0.001, "batch_size", BATCH, "epochs", 1));
            long forwardFlops = ShapeInference.infer(candidate.architecture(), DjlEvaluator.modelIO(data)).flops();
            List<Double> hand = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            handLoop(candidate, data, Math.min(samples, 20 * BATCH)); // warm-up
            for (int r = 0; r < repeats; r++) {
                matmul.add(matMulRate());
                hand.add(handLoop(candidate, data, samples));
                ours.add(evaluator(candidate, data));
                System.out.printf("%s run %d: matMul %.2f GFLOP/s, hand loop %.0f samples/s, evaluator %.0f samples/s%n",
                        name, r + 1, matmul.get(matmul.size() - 1) / 1e9, hand.get(r), ours.get(r));
            }
            double h = median(hand);
            double e = median(ours);
            double peak = median(matmul);
            double trainFlops = 3.0 * forwardFlops;
            System.out.printf("RESULT %s: forward %.3f MFLOP/example; hand loop %.0f samples/s; evaluator %.0f samples/s; "
                    + "evaluator overhead %.1f%%; evaluator %.2f GFLOP/s = %.1f%% of matMul %.2f GFLOP/s%n",
                    name, forwardFlops / 1e6, h, e, 100 * (h / e - 1), e * trainFlops / 1e9,
                    100 * e * trainFlops / peak, peak / 1e9);
        }
    }

    /** FLOP/s of chained 1024x1024 single-precision matrix products (2n^3 each). */
    static double matMulRate() {
        try (NDManager manager = NDManager.newBaseManager("MXNet")) {
            NDArray a = manager.randomNormal(new Shape(MATMUL_N, MATMUL_N));
            NDArray b = manager.randomNormal(0, (float) (1 / Math.sqrt(MATMUL_N)), new Shape(MATMUL_N, MATMUL_N),
                    DataType.FLOAT32);
            a.matMul(b).toFloatArray();
            int products = 20;
            long start = System.nanoTime();
            NDArray c = a;
            for (int i = 0; i < products; i++) {
                c = c.matMul(b);
            }
            c.get(0, 0).toFloatArray();
            double seconds = (System.nanoTime() - start) / 1e9;
            return products * 2.0 * MATMUL_N * MATMUL_N * MATMUL_N / seconds;
        }
    }

    /** Samples/s of the plainest DJL loop over contiguous batches of the training split. */
    static double handLoop(Candidate candidate, LoadedDataset data, int samples) throws Exception {
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.001f)).build())
                .optInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
        DataSplit train = data.train();
        int row = train.rowLength();
        try (Model model = Model.newInstance("hand", "MXNet")) {
            model.setBlock(NetworkBuilder.build(candidate.architecture(), DjlEvaluator.modelIO(data)));
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(BATCH, IMAGE[0], IMAGE[1], IMAGE[2]));
                long start = System.nanoTime();
                NDArray last = null;
                float[] lastValue = null;
                for (int from = 0; from + BATCH <= samples; from += BATCH) {
                    try (NDManager batch = trainer.getManager().newSubManager()) {
                        NDArray x = batch.create(Arrays.copyOfRange(train.features(), from * row, (from + BATCH) * row),
                                new Shape(BATCH, IMAGE[0], IMAGE[1], IMAGE[2]));
                        NDArray y = batch.create(Arrays.copyOfRange(train.targets(), from, from + BATCH));
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            last = trainer.getLoss().evaluate(new NDList(y), trainer.forward(new NDList(x)));
                            collector.backward(last);
                        }
                        trainer.step();
                        if (from + 2 * BATCH > samples) {
                            lastValue = last.toFloatArray();
                        }
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (lastValue == null || !Float.isFinite(lastValue[0])) {
                    throw new IllegalStateException("hand loop diverged or ran no batch");
                }
                return (samples / BATCH) * BATCH / seconds;
            }
        }
    }

    /** Samples/s of one evaluator epoch (its reported epoch time: training plus the small validation pass). */
    static double evaluator(Candidate candidate, LoadedDataset data) {
        double[] epochSeconds = new double[1];
        TrialContext context = new TrialContext() {
            @Override
            public int trialNumber() {
                return 1;
            }

            @Override
            public long seed() {
                return 1;
            }

            @Override
            public EpochDecision reportEpoch(EpochMetrics metrics) {
                epochSeconds[0] = metrics.seconds();
                return EpochDecision.CONTINUE;
            }
        };
        try (DjlEvaluator evaluator = DjlEvaluator.builder().setData(data).optLatencyRuns(1).build()) {
            EvaluationResult result = evaluator.evaluate(candidate, context);
            if (result.state() != TrialState.COMPLETE) {
                throw new IllegalStateException("evaluator trial ended " + result.state() + ": " + result.message());
            }
        }
        return data.train().size() / epochSeconds[0];
    }

    /** Random Fashion-MNIST-sized images (values in [0, 1)) with random labels. */
    static LoadedDataset dataset(int train, int validation, long seed) {
        Random rng = new Random(seed);
        return new LoadedDataset("fashion-mnist-sized", Task.CLASSIFICATION, IMAGE.clone(), IMAGE.clone(),
                classNames(), split(train, rng), split(validation, rng), split(0, rng),
                Normalization.none(Normalization.Per.FEATURE), "random", Augmenter.NONE);
    }

    private static List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < CLASSES; k++) {
            names.add("c" + k);
        }
        return names;
    }

    private static DataSplit split(int n, Random rng) {
        int row = IMAGE[0] * IMAGE[1] * IMAGE[2];
        float[] x = new float[n * row];
        float[] y = new float[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextFloat();
        }
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(CLASSES);
        }
        return new DataSplit(x, y, n);
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
