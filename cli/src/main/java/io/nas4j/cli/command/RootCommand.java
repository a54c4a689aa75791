package io.nas4j.cli.command;

import io.nas4j.cli.Versions;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code nas4j}: the command tree. */
@Command(name = "nas4j", mixinStandardHelpOptions = true, versionProvider = RootCommand.VersionProvider.class,
        description = "Neural architecture search and hyperparameter tuning on the JVM.",
        subcommands = {RunCommand.class, StudiesCommand.class, TrialsCommand.class, BestCommand.class, ParetoCommand.class,
            ExportCommand.class, PredictCommand.class, EvaluateCommand.class, TrainCommand.class,
            DatasetsCommand.class, BenchCommand.class, UiCommand.class, WorkerCommand.class})
public final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints nas4j's version and the versions it runs on. */
    public static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return Versions.all().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toArray(String[]::new);
        }
    }
}
