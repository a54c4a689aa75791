package io.nas4j.cli.command;

import io.nas4j.cli.UsageException;
import io.nas4j.cli.export.RecordedData;
import io.nas4j.cli.export.Retrainer;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.djl.DjlEvaluator;
import io.nas4j.evaluator.export.ExportFiles;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ShapeInference;
import io.nas4j.searchspace.spec.SpecException;
import io.nas4j.searchspace.spec.SpecLoader;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.trial.TrialState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nas4j train architecture.json [--spec SPEC]}: trains one candidate alone on a spec's
 * dataset (by default the spec recorded in the {@code bundle.json} next to the file) and prints
 * its metrics; {@code --save DIR} keeps the trained weights.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train one architecture (architecture.json from nas4j export) alone and print its metrics.")
public final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARCHITECTURE", description = "architecture.json, or an export directory")
    Path architecture;

    @Option(names = "--spec", paramLabel = "SPEC", description = "spec whose dataset to train on "
            + "(default: the spec in bundle.json next to the architecture)")
    Path specFile;

    @Option(names = "--seed", paramLabel = "S", description = "training seed (default: the spec's seed)")
    Long seed;

    @Option(names = "--save", paramLabel = "DIR", description = "save the trained weights (network-0000.params) here")
    Path save;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        Candidate candidate = ArchitectureFile.read(architecture);
        StudySpec spec = spec();
        LoadedDataset data = RecordedData.load(spec, out::println);
        try {
            out.print(ShapeInference.infer(candidate.architecture(), DjlEvaluator.modelIO(data)).table());
        } catch (InfeasibleArchitectureException e) {
            throw new UsageException(architecture + ": infeasible for " + data.name() + ": " + e.getMessage(), e);
        }
        long s = seed != null ? seed : spec.seed();
        Path work = save != null ? save : Files.createTempDirectory("nas4j-train");
        Retrainer.Outcome o = Retrainer.train(candidate, data, 0, s, work,
                e -> out.printf("epoch %d: %s%n", e.epoch(), e.values()));
        out.println("state: " + o.result().state() + (o.result().message() == null ? "" : " (" + o.result().message() + ")"));
        o.result().metrics().forEach((k, v) -> out.printf("  %s %s%n", k, v));
        if (save != null && o.weights() != null) {
            out.println("weights saved in " + o.weights().toAbsolutePath());
        }
        return o.result().state() == TrialState.COMPLETE ? 0 : 1;
    }

    private StudySpec spec() throws IOException {
        if (specFile != null) {
            try {
                return SpecLoader.load(specFile);
            } catch (SpecException e) {
                throw new UsageException(e.getMessage(), e);
            }
        }
        Path dir = Files.isDirectory(architecture) ? architecture : architecture.toAbsolutePath().getParent();
        if (dir == null || !Files.isRegularFile(dir.resolve(ExportFiles.BUNDLE))) {
            throw new UsageException("no " + ExportFiles.BUNDLE + " next to " + architecture
                    + ": pass --spec SPEC to say which dataset to train on");
        }
        return RecordedData.spec(EvaluateCommand.readBundle(dir).get("spec").toString(), dir.resolve(ExportFiles.BUNDLE)
                .toString());
    }
}
