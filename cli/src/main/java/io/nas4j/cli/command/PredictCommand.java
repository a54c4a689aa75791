package io.nas4j.cli.command;

import io.nas4j.cli.UsageException;
import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.format.ImageFolderReader;
import io.nas4j.evaluator.export.ExportedModel;
import io.nas4j.evaluator.export.Prediction;
import io.nas4j.evaluator.export.Preprocessing;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nas4j predict --model DIR --input FILE}: prints one prediction per input example. For
 * vector models the input is CSV, one example per row with the raw feature values in training
 * column order (a header line that is not numeric is skipped); for image models it is an image
 * file or a folder of images.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict with an exported model: CSV rows of raw features, or image files / a folder of images.")
public final class PredictCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "DIR", required = true, description = "export directory (nas4j export --out)")
    Path model;

    @Option(names = "--input", paramLabel = "FILE", required = true,
            description = "CSV file (one example per row) or, for image models, an image file or folder")
    Path input;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        if (!Files.exists(input)) {
            throw new UsageException("--input " + input + " does not exist");
        }
        try (ExportedModel m = ExportedModel.load(model)) {
            Preprocessing pre = m.preprocessing();
            List<String> names = new ArrayList<>();
            List<float[]> rows = pre.images() ? images(pre) : csv(pre);
            if (pre.images()) {
                names.addAll(imageFiles().stream().map(Path::toString).toList());
            }
            if (rows.isEmpty()) {
                throw new UsageException("--input " + input + " has no examples");
            }
            float[] all = new float[rows.size() * pre.rawLength()];
            for (int i = 0; i < rows.size(); i++) {
                System.arraycopy(rows.get(i), 0, all, i * pre.rawLength(), pre.rawLength());
            }
            List<Prediction> predictions = m.predict(all, rows.size());
            for (int i = 0; i < predictions.size(); i++) {
                String name = names.isEmpty() ? "row " + (i + 1) : names.get(i);
                out.println(name + ": " + predictions.get(i).describe());
            }
            return 0;
        }
    }

    private List<float[]> csv(Preprocessing pre) throws IOException {
        List<float[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*,\\s*");
            float[] row = new float[cells.length];
            try {
                for (int i = 0; i < cells.length; i++) {
                    row[i] = Float.parseFloat(cells[i]);
                }
            } catch (NumberFormatException e) {
                if (rows.isEmpty() && n == firstContentLine(lines)) {
                    continue; // a header
                }
                throw new UsageException(input + ":" + (n + 1) + ": not a number in '" + line + "'");
            }
            if (row.length != pre.rawLength()) {
                throw new UsageException(input + ":" + (n + 1) + ": " + row.length + " values, but the model takes "
                        + pre.rawLength() + " features per row");
            }
            rows.add(row);
        }
        return rows;
    }

    private static int firstContentLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    private List<Path> imageFiles() throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> s = Files.list(input)) {
            return s.filter(Files::isRegularFile).filter(ImageFolderReader::isImageFile).sorted().toList();
        }
    }

    private List<float[]> images(Preprocessing pre) throws IOException {
        int[] chw = pre.imageShape();
        List<float[]> rows = new ArrayList<>();
        for (Path f : imageFiles()) {
            try {
                rows.add(ImageFolderReader.pixels(f, chw[0], chw[2], chw[1]));
            } catch (DatasetException e) {
                throw new UsageException(e.getMessage(), e);
            }
        }
        return rows;
    }
}
