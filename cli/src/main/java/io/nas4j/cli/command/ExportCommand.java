package io.nas4j.cli.command;

import io.nas4j.cli.UsageException;
import io.nas4j.cli.export.Exporter;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nas4j export STUDY --best|--trial N --out DIR}: writes a reloadable, reproducible model bundle. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export a trial (default: the best) as a model directory: architecture.json, weights, "
                + "preprocessing.json, bundle.json, MODEL_CARD.md and Java/PyTorch/Keras code.")
public final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STUDY", description = "study name")
    String studyName;

    @ArgGroup(exclusive = true)
    Which which;

    /** --best or --trial N. */
    static final class Which {
        @Option(names = "--best", description = "export the best COMPLETE trial (the default)")
        boolean best;

        @Option(names = "--trial", paramLabel = "N", description = "export trial N")
        Integer trial;
    }

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "export directory (created; must be empty)")
    Path out;

    @Option(names = "--retrain", description = "retrain on train+validation with the trial's seed and hyperparameters "
            + "instead of using the kept weights")
    boolean retrain;

    @Option(names = "--force", description = "overwrite the export files in a non-empty --out directory")
    boolean force;

    @Mixin
    DbOption db;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        try (StudyStorage storage = db.openExisting()) {
            Study study = StudyLookup.find(storage, studyName);
            TrialRecord trial;
            if (which != null && which.trial != null) {
                trial = storage.trial(study.id(), which.trial).orElseThrow(() -> new UsageException(
                        "study '" + studyName + "' has no trial " + which.trial));
            } else {
                trial = storage.history(study.id()).best().orElseThrow(() -> new UsageException(
                        "study '" + studyName + "' has no COMPLETE trial to export"));
            }
            Exporter.Summary s = new Exporter(storage, study, out::println).export(trial, this.out, retrain, force);
            out.printf("exported trial %d of study '%s' to %s (weights: %s)%n", s.trial(), study.name(),
                    s.dir().toAbsolutePath(), s.source().word());
            s.metrics().forEach((k, v) -> out.printf("  %s %s%n", k, v));
            return 0;
        }
    }
}
