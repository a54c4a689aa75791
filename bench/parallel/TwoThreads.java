import io.nas4j.cli.run.Evaluators;
import io.nas4j.cli.run.RunListener;
import io.nas4j.cli.run.StudyRunner;
import io.nas4j.searchspace.evaluation.CandidateEvaluator;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.SpecLoader;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.store.NewStudy;
import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.strategies.StrategyFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark harness: THREADS studies of TRIALS trials each, run at once on threads of this one JVM
 * (each with its own evaluator and in-memory store). Prints total trials and wall seconds.
 * Usage: java -cp "cli/target/nas4j-cli.jar:cli/target/lib/*" bench/parallel/TwoThreads.java SPEC THREADS TRIALS
 */
public class TwoThreads {
    public static void main(String[] args) throws Exception {
        StudySpec spec = SpecLoader.load(Path.of(args[0]));
        int threads = Integer.parseInt(args[1]);
        int trials = Integer.parseInt(args[2]);
        List<Thread> all = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                try (CandidateEvaluator ev = Evaluators.create(spec, args[0], null, s -> { });
                        StudyStorage st = Storages.open("mem:bench" + n)) {
                    SearchSpace space = spec.space(ev.io());
                    Study s = st.createStudy(NewStudy.builder().setName("b" + n).setSpecJson(spec.json())
                            .setObjectives(spec.objectives()).setStrategy(spec.strategy().type()).optSeed(spec.seed())
                            .optDataset(spec.dataset().describe()).build());
                    new StudyRunner(spec, space, StrategyFactory.create(spec.strategy(), space, spec.objectives(), spec.seed()),
                            ev, st, s, new RunListener() { }).run(trials, null);
                }
            });
            t.start();
            all.add(t);
        }
        for (Thread t : all) {
            t.join();
        }
        double sec = (System.nanoTime() - start) / 1e9;
        System.out.printf("threads=%d trials=%d wall=%.1fs trials/hour=%.0f%n", threads, threads * trials, sec,
                threads * trials * 3600 / sec);
    }
}
