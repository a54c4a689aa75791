package io.nas4j.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code nas4j bench}: benchmarks; each kind is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: compare strategies on a tabular benchmark, generate a synthetic table.",
        subcommands = {BenchStrategiesCommand.class, BenchMakeTableCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public void run() {
        command.commandLine().usage(command.commandLine().getOut());
    }
}
