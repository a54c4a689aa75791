package io.nas4j.cli.bench;

import io.nas4j.cli.Versions;
import io.nas4j.cli.run.Evaluators;
import io.nas4j.cli.run.RunListener;
import io.nas4j.cli.run.StudyRunner;
import io.nas4j.searchspace.evaluation.CandidateEvaluator;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.SpecLoader;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.store.NewStudy;
import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.strategies.Strategy;
import io.nas4j.strategies.StrategyFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Platform overhead per trial: runs one study of a synthetic-evaluator spec (which answers
 * instantly, so every millisecond is proposing, storing and bookkeeping) through the real
 * {@link StudyRunner} and store, and prints the milliseconds per trial over windows of the study
 * (the 100 trials ending at trial 100, 1,000, 2,000, 5,000 and 10,000, ...), so growth with the
 * study's size shows directly, as wall time and as the process's CPU time (all threads: on a shared
 * machine the CPU time is the steadier figure). Usage: {@code PlatformOverheadBench SPEC TRIALS DB}.
 */
public final class PlatformOverheadBench {
    private static final int WINDOW = 100;

    private PlatformOverheadBench() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Path specFile = Path.of(args[0]);
        int trials = Integer.parseInt(args[1]);
        String db = args[2];
        StudySpec spec = SpecLoader.load(specFile);
        List<Integer> marks = marks(trials);
        long[] finishedAt = new long[trials + 1];
        long[] cpuAt = new long[trials + 1];
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int[] done = {0};
        try (CandidateEvaluator evaluator = Evaluators.create(spec, specFile.toString(), null, m -> { });
                StudyStorage storage = Storages.open(db)) {
            SearchSpace space = spec.space(evaluator.io());
            Strategy strategy = StrategyFactory.create(spec.strategy(), space, spec.objectives(), spec.seed());
            Study study = storage.createStudy(NewStudy.builder().setName(spec.name()).setSpecJson(spec.json())
                    .setObjectives(spec.objectives()).setStrategy(spec.strategy().type()).optSeed(spec.seed())
                    .optDataset(spec.dataset().describe()).optProvenance(Versions.provenance()).build());
            long start = System.nanoTime();
            RunListener listener = new RunListener() {
                @Override
                public void trialFinished(TrialRecord trial, TrialRecord best) {
                    if (done[0] < trials) {
                        done[0]++;
                        finishedAt[done[0]] = System.nanoTime();
                        cpuAt[done[0]] = os.getProcessCpuTime();
                        if (marks.contains(done[0])) {
                            int n = done[0];
                            double window = (finishedAt[n] - finishedAt[n - WINDOW + 1]) / 1e6 / (WINDOW - 1);
                            double overall = (finishedAt[n] - start) / 1e6 / n;
                            double cpu = (cpuAt[n] - cpuAt[n - WINDOW + 1]) / 1e6 / (WINDOW - 1);
                            System.out.printf("%s trials=%d wall ms/trial(last %d)=%.2f cpu ms/trial(last %d)=%.2f "
                                    + "wall ms/trial(mean so far)=%.2f%n", spec.strategy().type(), n, WINDOW, window,
                                    WINDOW, cpu, overall);
                        }
                    }
                }
            };
            StudyRunner.Outcome outcome = new StudyRunner(spec, space, strategy, evaluator, storage, study, listener)
                    .run(trials, null);
            System.out.printf("%s: %s after %d trials in %.1f s%n", spec.strategy().type(), outcome, done[0],
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static List<Integer> marks(int trials) {
        List<Integer> marks = new ArrayList<>();
        for (int m : new int[] {100, 500, 1_000, 2_000, 3_000, 5_000, 7_500, 10_000, 20_000}) {
            if (m <= trials) {
                marks.add(m);
            }
        }
        if (!marks.contains(trials) && trials >= WINDOW) {
            marks.add(trials);
        }
        return marks;
    }
}
