package io.nas4j.cli.command;

import io.nas4j.cli.UsageException;
import io.nas4j.cli.Versions;
import io.nas4j.cli.run.ConsoleProgress;
import io.nas4j.cli.run.Evaluators;
import io.nas4j.cli.run.RunLeaseKeeper;
import io.nas4j.cli.run.StudyRunner;
import io.nas4j.searchspace.evaluation.CandidateEvaluator;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.SpecException;
import io.nas4j.searchspace.spec.SpecLoader;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.trial.History;
import io.nas4j.store.NewStudy;
import io.nas4j.store.Study;
import io.nas4j.store.StudyBusyException;
import io.nas4j.store.StudyStorage;
import io.nas4j.strategies.Strategy;
import io.nas4j.strategies.StrategyFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nas4j run SPEC}: runs (or continues) a study to its budget and prints the best trial. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a search study from a spec file (continues the study if it exists).")
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "study spec (YAML or JSON), e.g. examples/iris.yaml")
    Path specFile;

    @Option(names = "--study", paramLabel = "NAME", description = "study name (default: the spec's name)")
    String study;

    @Option(names = "--trials", paramLabel = "N", description = "total evaluated trials of the study (default: the spec's budget)")
    Integer trials;

    @Option(names = "--more", paramLabel = "N", description = "evaluate N trials more than the study has now")
    Integer more;

    @Option(names = "--time", paramLabel = "DURATION", description = "wall-time limit of this run, e.g. 30m, 2h")
    String time;

    @Option(names = "--seed", paramLabel = "S", description = "study seed (default: the spec's seed)")
    Long seed;

    @Option(names = "--workers", paramLabel = "N", description = "trials evaluated at once (default: 1)", defaultValue = "1")
    int workers;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "3",
            description = "claims of a trial whose worker died before it is FAILED (default: ${DEFAULT-VALUE})")
    int maxAttempts;

    @Option(names = "--trial-timeout", paramLabel = "DURATION", description = "stop a trial after this long: FAILED \"timeout\"")
    String trialTimeout;

    @Option(names = "--heartbeat-timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "silence after which a worker counts as lost and its trial is retried (default: ${DEFAULT-VALUE})")
    String heartbeatTimeout;

    @Option(names = "--quiet", description = "print only the final summary")
    boolean quiet;

    @Option(names = "--ui", description = "serve the web UI while the study runs and print its URL")
    boolean ui;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
            description = "port of the --ui server on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free port)")
    int uiPort;

    @Option(names = "--keep-best", paramLabel = "K", defaultValue = "3", description = "keep the trained weights of the "
            + "best K trials next to the database (<db>.artifacts/<study>/trial-N/) for export; 0 keeps none "
            + "(default: ${DEFAULT-VALUE})")
    int keepBest;

    @Option(names = "--seed-candidate", paramLabel = "FILE", description = "an architecture.json (from nas4j export) "
            + "to evaluate as the study's first trial (lineage operator 'seed')")
    Path seedCandidate;

    @Mixin
    DbOption db;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        StudySpec spec = load();
        String name = study != null ? study : spec.name();
        long studySeed = seed != null ? seed : spec.seed();
        validateOptions();
        if (ui) {
            UiCommand.builder(io.nas4j.ui.UiServer.DEFAULT_HOST, uiPort, null);
        }
        try {
            StrategyFactory.validate(spec.strategy());
            io.nas4j.cli.run.EarlyStopping.validate(spec);
        } catch (IllegalArgumentException e) {
            throw new UsageException(specFile + ": " + e.getMessage(), e);
        }
        Evaluators.validate(spec, specFile.toString());
        io.nas4j.searchspace.candidate.Candidate seedTrial = seedCandidate == null ? null
                : ArchitectureFile.read(seedCandidate);
        Path weights = keepBest > 0 ? db.artifactsDirectory(name).orElse(null) : null;
        try (CandidateEvaluator evaluator = Evaluators.create(spec, specFile.toString(), weights, out::println)) {
            SearchSpace space = spec.space(evaluator.io());
            Strategy strategy;
            try {
                strategy = StrategyFactory.create(spec.strategy(), space, spec.objectives(), studySeed);
            } catch (IllegalArgumentException e) {
                throw new UsageException(specFile + ": " + e.getMessage(), e);
            }
            if (seedTrial != null) {
                strategy = new io.nas4j.cli.run.SeededStrategy(strategy, seedTrial);
            }
            try (StudyStorage storage = db.open()) {
                Study s = openStudy(storage, spec, name, studySeed, evaluator.io());
                History before = storage.history(s.id());
                int evaluated = before.evaluatedCount();
                int budget = more != null ? evaluated + more : trials != null ? trials : spec.budget().trials();
                Duration wall = time != null ? parseTime() : spec.budget().wallTime();
                if (budget > 0 && evaluated >= budget && wall == null) {
                    out.printf("study '%s' already has %d evaluated trials (budget %d); use --trials or --more to continue%n",
                            name, evaluated, budget);
                    BestCommand.printBest(out, storage, s, false);
                    return 0;
                }
                io.nas4j.ui.UiServer uiServer = ui ? UiCommand.start(io.nas4j.ui.UiServer.builder().setStorage(storage)
                        .optPort(uiPort)) : null;
                if (uiServer != null) {
                    out.println("nas4j ui: watch the study at " + uiServer.url() + "study.html?id=" + s.id());
                    out.flush();
                }
                AtomicReference<Runnable> stopRun = new AtomicReference<>(() -> { });
                RunLeaseKeeper lease;
                try {
                    lease = RunLeaseKeeper.acquire(storage, s, !db.isServer(),
                            positive("--heartbeat-timeout", heartbeatTimeout), () -> {
                                err.println("nas4j: another run took study '" + name + "' over after this one was "
                                        + "silent; stopping");
                                stopRun.get().run();
                            });
                } catch (StudyBusyException e) {
                    if (uiServer != null) {
                        uiServer.close();
                    }
                    throw new UsageException("study '" + name + "' is being run by another nas4j run (" + e.lease().holder()
                            + ", last seen " + e.lease().silentFor(java.time.Instant.now()).toSeconds() + "s ago): wait for it to end or stop it; to help it, start "
                            + "`nas4j worker --db URL --study " + name + "`", e);
                }
                try (lease) {
                    boolean interactive = !quiet && System.console() != null;
                    long started = System.nanoTime();
                    StudyRunner.Outcome outcome;
                    try (ConsoleProgress progress = new ConsoleProgress(quiet ? new PrintWriter(java.io.Writer.nullWriter())
                            : out, name, spec.objective().metric(), evaluated, budget, interactive)) {
                        io.nas4j.cli.run.RunListener listener = weights == null || !(evaluator instanceof
                                io.nas4j.evaluator.djl.DjlEvaluator) ? progress
                                : new io.nas4j.cli.run.KeptWeights(storage, s, weights, keepBest).listener(progress);
                        Duration limit = trialTimeout == null ? null : positive("--trial-timeout", trialTimeout);
                        if (workers > 1) {
                            outcome = io.nas4j.cli.worker.ParallelRun.run(db.db(), storage, s,
                                    new io.nas4j.cli.run.Proposer(spec, space, strategy, storage, s),
                                    new io.nas4j.cli.worker.Coordinator.Settings(workers, maxAttempts,
                                            positive("--heartbeat-timeout", heartbeatTimeout), limit,
                                            Duration.ofMillis(200)),
                                    listener == progress ? null : weights, listener,
                                    quiet ? line -> { } : progress::note, c -> {
                                        stopRun.set(c::requestStop);
                                        Signals.onInterrupt(c::requestStop);
                                    }, budget, wall);
                        } else {
                            StudyRunner runner = new StudyRunner(spec, space, strategy, evaluator, storage, s, listener,
                                    limit);
                            stopRun.set(runner::requestStop);
                            Signals.onInterrupt(runner::requestStop);
                            outcome = runner.run(budget, wall);
                        }
                    }
                    int now = storage.history(s.id()).evaluatedCount();
                    double seconds = (System.nanoTime() - started) / 1e9;
                    out.printf("study '%s': %d trials evaluated in %.1fs; %s%n", name, now - evaluated, seconds,
                            describe(outcome, now, budget));
                    BestCommand.printBest(out, storage, s, false);
                    return outcome == StudyRunner.Outcome.INTERRUPTED ? io.nas4j.cli.ExitCodes.INTERRUPTED : 0;
                } finally {
                    if (uiServer != null) {
                        uiServer.close();
                    }
                }
            }
        }
    }

    private static String describe(StudyRunner.Outcome outcome, int now, int budget) {
        return switch (outcome) {
            case BUDGET_REACHED -> "stopped because the study has " + now + " evaluated trials (budget " + budget + ")";
            case TIME_UP -> "stopped because the time budget is spent";
            case EXHAUSTED -> "stopped because the strategy has nothing left to propose";
            case INTERRUPTED -> "interrupted; run the same command again to continue";
            case STUCK -> "stopped because the strategy keeps proposing infeasible candidates";
        };
    }

    private StudySpec load() {
        try {
            return SpecLoader.load(specFile);
        } catch (SpecException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private void validateOptions() {
        if (trials != null && trials < 1) {
            throw new UsageException("--trials: must be >= 1, got " + trials);
        }
        if (more != null && more < 1) {
            throw new UsageException("--more: must be >= 1, got " + more);
        }
        if (trials != null && more != null) {
            throw new UsageException("give --trials or --more, not both");
        }
        if (keepBest < 0) {
            throw new UsageException("--keep-best: must be >= 0, got " + keepBest);
        }
        if (workers < 1) {
            throw new UsageException("--workers: must be >= 1, got " + workers);
        }
        if (study != null && !study.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,99}")) {
            throw new UsageException("--study: '" + study + "' is not a valid study name (letters, digits, '-', '_', '.')");
        }
        if (time != null) {
            parseTime();
        }
        if (maxAttempts < 1) {
            throw new UsageException("--max-attempts: must be >= 1, got " + maxAttempts);
        }
        if (trialTimeout != null) {
            positive("--trial-timeout", trialTimeout);
        }
        positive("--heartbeat-timeout", heartbeatTimeout);
    }

    private static Duration positive(String option, String text) {
        try {
            Duration d = io.nas4j.searchspace.spec.Budget.parseDuration(text);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("must be positive, got " + text);
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private Duration parseTime() {
        try {
            return io.nas4j.searchspace.spec.Budget.parseDuration(time);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--time: " + e.getMessage());
        }
    }

    private Study openStudy(StudyStorage storage, StudySpec spec, String name, long studySeed,
            io.nas4j.searchspace.shape.ModelIO io) {
        Optional<Study> existing = storage.findStudy(name);
        if (existing.isPresent()) {
            Study s = existing.get();
            if (s.seed() != studySeed) {
                throw new UsageException("study '" + name + "' was started with seed " + s.seed() + ", not " + studySeed
                        + "; use the same seed or another --study name");
            }
            if (!sameSearch(s.specJson(), spec.json())) {
                throw new UsageException("study '" + name + "' was started from a different spec; use another --study name "
                        + "or the spec it was started with");
            }
            return s;
        }
        return storage.createStudy(NewStudy.builder().setName(name).setSpecJson(spec.json())
                .setObjectives(spec.objectives()).setStrategy(spec.strategy().type()).optSeed(studySeed)
                .optDataset(spec.dataset().describe()).optProvenance(Versions.provenance()).optProvenance(StudyIO.entries(io)).build());
    }

    /** Whether two spec JSONs describe the same search (the budget may differ). */
    static boolean sameSearch(String a, String b) {
        return withoutBudget(a).equals(withoutBudget(b));
    }

    private static String withoutBudget(String json) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode)
                    io.nas4j.searchspace.candidate.CanonicalJson.MAPPER.readTree(json);
            n.remove("budget");
            n.remove("description");
            n.remove("name");
            return io.nas4j.searchspace.candidate.CanonicalJson.write(
                    io.nas4j.searchspace.candidate.CanonicalJson.MAPPER.convertValue(n, Object.class));
        } catch (java.io.IOException e) {
            return json;
        }
    }

}
