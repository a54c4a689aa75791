package io.nas4j.cli.command;

import io.nas4j.cli.UsageException;
import io.nas4j.evaluator.tabular.SyntheticBenchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nas4j bench make-table --out FILE [--seed S]}: writes the synthetic NAS-Bench-201-like table. */
@Command(name = "make-table", mixinStandardHelpOptions = true,
        description = "Write a synthetic NAS-Bench-201-like table of all 15,625 cells (CSV: arch, val_acc_ep1..12, "
                + "test_acc_200ep, params_m).")
public final class BenchMakeTableCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "noise seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        try {
            SyntheticBenchmark.write(out, seed);
        } catch (IOException e) {
            throw new UsageException("--out: cannot write " + out + ": " + e.getMessage(), e);
        }
        command.commandLine().getOut().printf("wrote %,d architectures to %s (seed %d)%n", SyntheticBenchmark.SIZE,
                out, seed);
        return 0;
    }
}
