package io.nas4j.cli.command;

import io.nas4j.cli.UsageException;
import io.nas4j.cli.output.Table;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.query.TrialPage;
import io.nas4j.store.query.TrialQuery;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nas4j trials STUDY}: one row per trial with its state word, sortable and filterable. */
@Command(name = "trials", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List a study's trials, one row per trial.")
public final class TrialsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STUDY", description = "study name")
    String studyName;

    @Option(names = "--sort", paramLabel = "FIELD", defaultValue = "number",
            description = "number, state, objective, param_count, flops, duration, param:NAME or metric:NAME (default: ${DEFAULT-VALUE})")
    String sort;

    @Option(names = "--desc", description = "sort in descending order")
    boolean desc;

    @Option(names = "--state", paramLabel = "STATE", split = ",",
            description = "only trials in these states: COMPLETE, FAILED, PRUNED, INFEASIBLE, RUNNING, WAITING")
    TrialState[] states;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "500", description = "at most N rows (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "skip the first N rows")
    int offset;

    @Mixin
    DbOption db;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        if (limit < 1 || limit > TrialQuery.MAX_LIMIT) {
            throw new UsageException("--limit: must be between 1 and " + TrialQuery.MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new UsageException("--offset: must be >= 0, got " + offset);
        }
        try (StudyStorage storage = db.openExisting()) {
            Study study = StudyLookup.find(storage, studyName);
            TrialQuery.Builder q = TrialQuery.builder().optPage(offset, limit);
            try {
                q.optSort(sort, desc);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--sort: " + e.getMessage());
            }
            if (states != null) {
                q.optStates(states);
            }
            TrialPage page = storage.trials(study.id(), q.build());
            String metric = study.objective().metric();
            Table t = new Table("trial", "state", metric, "params", "FLOPs", "seconds", "gen", "operator", "parents",
                    "architecture / reason");
            for (TrialRecord r : page.trials()) {
                t.add(r.number(), r.state(), r.objective().isPresent() ? Table.number(r.objective().getAsDouble()) : null,
                        r.paramCount() >= 0 ? String.format("%,d", r.paramCount()) : null,
                        r.flops() >= 0 ? String.format("%,d", r.flops()) : null,
                        Double.isNaN(r.durationSeconds()) ? null : String.format("%.1f", r.durationSeconds()),
                        r.lineage().generation(), r.lineage().operator(),
                        r.lineage().parents().isEmpty() ? null : r.lineage().parents().stream().map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(",")),
                        r.message() != null && r.state() != TrialState.COMPLETE ? r.message()
                                : r.candidate().architecture().describe());
            }
            t.print(out);
            if (page.total() > page.trials().size()) {
                out.printf("(%d of %d trials shown; use --offset/--limit)%n", page.trials().size(), page.total());
            }
        }
        return 0;
    }
}
