package io.nas4j.cli.command;

import io.nas4j.cli.output.Table;
import io.nas4j.searchspace.candidate.CanonicalJson;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nas4j best STUDY}: the best COMPLETE trial by the primary objective. */
@Command(name = "best", mixinStandardHelpOptions = true, description = "Show a study's best trial.")
public final class BestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STUDY", description = "study name")
    String studyName;

    @Option(names = "--json", description = "print the trial as JSON")
    boolean json;

    @Mixin
    DbOption db;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        try (StudyStorage storage = db.openExisting()) {
            Study study = StudyLookup.find(storage, studyName);
            return printBest(out, storage, study, json) ? 0 : 1;
        }
    }

    /** Prints the best trial; returns false (after saying so) when the study has no COMPLETE trial. */
    static boolean printBest(PrintWriter out, StudyStorage storage, Study study, boolean json) {
        History history = storage.history(study.id());
        Optional<TrialRecord> best = history.best();
        if (best.isEmpty()) {
            out.println("study '" + study.name() + "' has no COMPLETE trial yet");
            return false;
        }
        TrialRecord t = best.get();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("study", study.name());
            m.put("trial", t.number());
            m.put("state", t.state().name());
            m.put("objective", study.objective().metric());
            m.put("value", t.objective().getAsDouble());
            m.put("values", t.values());
            m.put("metrics", t.metrics());
            m.put("param_count", t.paramCount());
            m.put("flops", t.flops());
            m.put("fingerprint", t.fingerprint());
            try {
                m.put("candidate", CanonicalJson.MAPPER.readValue(t.candidate().canonicalJson(), Object.class));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            out.println(CanonicalJson.write(m));
            return true;
        }
        out.printf("best trial %d of study '%s': %s  %s %s%n", t.number(), study.name(), t.state(),
                study.objective().metric(), Table.number(t.objective().getAsDouble()));
        StringBuilder metrics = new StringBuilder();
        t.metrics().forEach((k, v) -> metrics.append(metrics.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(Table.number(v)));
        out.println("  metrics: " + metrics);
        out.println("  hyperparameters: " + t.candidate().hyperparameters());
        out.println("  architecture: " + t.candidate().architecture().describe());
        out.printf("  params %,d, FLOPs %,d, fingerprint %s%n", t.paramCount(), t.flops(), t.fingerprint().substring(0, 12));
        ArchitectureTable.print(out, study, t);
        return true;
    }
}
