package io.nas4j.cli.command;

import io.nas4j.cli.output.Table;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.StudySummary;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code nas4j studies}: every study with its strategy, state counts and best value. */
@Command(name = "studies", mixinStandardHelpOptions = true, description = "List the studies in the database.")
public final class StudiesCommand implements Callable<Integer> {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Mixin
    DbOption db;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        try (StudyStorage storage = db.openExisting()) {
            List<StudySummary> studies = storage.listStudies();
            if (studies.isEmpty()) {
                out.println("no studies in " + storage.location());
                return 0;
            }
            Table t = new Table("study", "strategy", "trials", "complete", "pruned", "failed", "infeasible", "running",
                    "waiting", "best", "started", "elapsed");
            for (StudySummary s : studies) {
                t.add(s.name(), s.strategy(), s.total(), s.count(TrialState.COMPLETE), s.count(TrialState.PRUNED),
                        s.count(TrialState.FAILED), s.count(TrialState.INFEASIBLE), s.count(TrialState.RUNNING),
                        s.count(TrialState.WAITING), s.best().isPresent() ? Table.number(s.best().getAsDouble()) : null,
                        TIME.format(s.createdAt()), elapsed(Duration.between(s.createdAt(), s.updatedAt())));
            }
            t.print(out);
        }
        return 0;
    }

    static String elapsed(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
