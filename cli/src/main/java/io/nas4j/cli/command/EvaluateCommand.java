package io.nas4j.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.nas4j.cli.UsageException;
import io.nas4j.cli.export.RecordedData;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.export.ExportFiles;
import io.nas4j.evaluator.export.ExportedModel;
import io.nas4j.searchspace.candidate.CanonicalJson;
import io.nas4j.searchspace.spec.StudySpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nas4j evaluate --model DIR}: reloads the dataset as the study recorded it (same spec,
 * same seed, same split) and re-computes the exported weights' test metrics; exits 1 when a
 * metric differs from the one recorded in {@code bundle.json}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Re-compute an export's test metrics on its recorded dataset split.")
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "DIR", required = true, description = "export directory (nas4j export --out)")
    Path model;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        JsonNode bundle = readBundle(model);
        StudySpec spec = RecordedData.spec(bundle.get("spec").toString(), model.resolve(ExportFiles.BUNDLE).toString());
        LoadedDataset data = RecordedData.load(spec, out::println);
        String recordedSum = bundle.path("dataset").path("sha256").asText();
        if (!recordedSum.equals(data.checksum())) {
            out.println("warning: the dataset's SHA-256 is " + data.checksum() + ", the export recorded " + recordedSum);
        }
        JsonNode recorded = bundle.path("weights").path("metrics");
        boolean same = true;
        try (ExportedModel m = ExportedModel.load(model)) {
            Map<String, Double> test = m.network().score(data.test(), "test_");
            if (test.isEmpty()) {
                throw new UsageException("the recorded dataset has an empty test split: nothing to evaluate");
            }
            for (Map.Entry<String, Double> e : test.entrySet()) {
                JsonNode r = recorded.get(e.getKey());
                String verdict;
                if (r == null || !r.isNumber()) {
                    verdict = "(not recorded)";
                } else if (r.asDouble() == e.getValue()) {
                    verdict = "(recorded " + r.asDouble() + ": reproduced exactly)";
                } else {
                    verdict = "(recorded " + r.asDouble() + ": DIFFERS by " + (e.getValue() - r.asDouble()) + ")";
                    same = false;
                }
                out.println(e.getKey() + " " + e.getValue() + " " + verdict);
            }
        }
        return same ? 0 : 1;
    }

    /** Reads {@code bundle.json} of an export directory. */
    static JsonNode readBundle(Path dir) {
        Path f = dir.resolve(ExportFiles.BUNDLE);
        if (!Files.isRegularFile(f)) {
            throw new UsageException(dir + " is not a nas4j export (no " + ExportFiles.BUNDLE + ")");
        }
        try {
            return CanonicalJson.MAPPER.readTree(f.toFile());
        } catch (IOException e) {
            throw new UsageException(f + ": not readable JSON: " + e.getMessage(), e);
        }
    }
}
