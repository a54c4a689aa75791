package io.nas4j.cli.command;

import io.nas4j.cli.output.Table;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.strategies.pareto.ParetoFronts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nas4j pareto STUDY}: the non-dominated COMPLETE trials over the study's objectives (for a
 * single-objective study: over the objective and the parameter count).
 */
@Command(name = "pareto", mixinStandardHelpOptions = true,
        description = "Show the Pareto front of a study (objective vs. size for single-objective studies).")
public final class ParetoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STUDY", description = "study name")
    String studyName;

    @Mixin
    DbOption db;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        try (StudyStorage storage = db.openExisting()) {
            Study study = StudyLookup.find(storage, studyName);
            List<Objective> objectives = new ArrayList<>(study.objectives());
            if (objectives.size() == 1) {
                objectives.add(new Objective("param_count", io.nas4j.searchspace.spec.Direction.MINIMIZE));
            }
            List<TrialRecord> front = ParetoFronts.front(storage.trials(study.id()), objectives);
            if (front.isEmpty()) {
                out.println("study '" + study.name() + "' has no COMPLETE trial yet");
                return 1;
            }
            List<String> header = new ArrayList<>(List.of("trial"));
            objectives.forEach(o -> header.add(o.metric() + " (" + (o.direction().word().substring(0, 3)) + ")"));
            header.add("architecture");
            Table t = new Table(header.toArray(String[]::new));
            for (TrialRecord r : front) {
                List<Object> row = new ArrayList<>(List.of(r.number()));
                for (int i = 0; i < objectives.size(); i++) {
                    row.add(Table.number(valueOf(r, objectives.get(i), i)));
                }
                row.add(r.candidate().architecture().describe());
                t.add(row.toArray());
            }
            out.printf("Pareto front of study '%s': %d of %d trials%n", study.name(), front.size(),
                    storage.trials(study.id()).size());
            t.print(out);
        }
        return 0;
    }

    private static Double valueOf(TrialRecord r, Objective o, int index) {
        if (o.metric().equals("param_count")) {
            return (double) r.paramCount();
        }
        if (o.metric().equals("flops")) {
            return (double) r.flops();
        }
        if (index < r.values().size() && r.values().get(index) != null && !r.values().get(index).isNaN()) {
            return r.values().get(index);
        }
        return r.metrics().get(o.metric());
    }
}
