package io.nas4j.evaluator.data.format;

import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.raw.FloatFeatures;
import io.nas4j.evaluator.data.raw.RawDataset;
import io.nas4j.evaluator.data.raw.RawExamples;
import io.nas4j.evaluator.data.raw.Sha256;
import io.nas4j.searchspace.spec.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a CSV file with a header line into a vector dataset.
 *
 * <ul>
 *   <li>Fields are separated by commas and trimmed; a field may be double-quoted ({@code ""} inside
 *       quotes is a quote). Blank lines are skipped. UTF-8, an optional byte-order mark is ignored.
 *   <li>The label column is chosen by name; the feature columns are the listed ones in the listed
 *       order, or every other column in file order.
 *   <li>Classification: the distinct label strings, sorted, are the classes (numerically when every
 *       label is a number, so {@code 2} comes before {@code 10}); the target is the class index.
 *   <li>Regression: the label is parsed as a number.
 * </ul>
 *
 * <p>The checksum is the SHA-256 of the file's bytes.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /** Reads {@code file}; {@code features} null means every column but the label. */
    public static RawDataset read(Path file, String label, List<String> features, Task task) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read the CSV file (" + e + ")", e);
        }
        return parse(file.toString(), bytes, label, features, task);
    }

    /**
     * Parses CSV {@code bytes}; {@code source} names them in messages (a file path or resource name);
     * {@code features} null means every column but the label.
     */
    public static RawDataset parse(String source, byte[] bytes, String label, List<String> features, Task task) {
        String file = source;
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n|\r", -1);
        int headerLine = 0;
        while (headerLine < lines.length && lines[headerLine].isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.length) {
            throw new DatasetException(file + ": the file is empty (expected a header line with column names)");
        }
        List<String> header = split(lines[headerLine], file, headerLine + 1);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (columns.putIfAbsent(header.get(i), i) != null) {
                throw new DatasetException(file + " line " + (headerLine + 1) + ": column '" + header.get(i)
                        + "' appears twice in the header");
            }
        }
        int labelCol = column(columns, label, header, file);
        int[] featureCols;
        List<String> featureNames;
        if (features == null) {
            featureNames = new ArrayList<>(header);
            featureNames.remove(labelCol);
        } else {
            featureNames = features;
            if (new HashSet<>(features).size() != features.size()) {
                throw new DatasetException(file + ": a feature column is listed twice in " + features);
            }
            if (features.contains(label)) {
                throw new DatasetException(file + ": the label column '" + label + "' cannot also be a feature");
            }
        }
        if (featureNames.isEmpty()) {
            throw new DatasetException(file + ": no feature columns (the header has only the label column)");
        }
        featureCols = new int[featureNames.size()];
        for (int i = 0; i < featureCols.length; i++) {
            featureCols[i] = column(columns, featureNames.get(i), header, file);
        }

        int d = featureCols.length;
        float[] values = new float[Math.max(16, d * (lines.length - headerLine))];
        List<String> labels = new ArrayList<>();
        float[] regression = new float[lines.length];
        int rows = 0;
        for (int ln = headerLine + 1; ln < lines.length; ln++) {
            if (lines[ln].isBlank()) {
                continue;
            }
            int lineNo = ln + 1;
            List<String> fields = split(lines[ln], file, lineNo);
            if (fields.size() != header.size()) {
                throw new DatasetException(file + " line " + lineNo + ": expected " + header.size()
                        + " values (as in the header), got " + fields.size());
            }
            for (int j = 0; j < d; j++) {
                values[rows * d + j] = number(fields.get(featureCols[j]), file, lineNo, header.get(featureCols[j]));
            }
            String lab = fields.get(labelCol);
            if (lab.isEmpty()) {
                throw new DatasetException(file + " line " + lineNo + ": the label column '" + label + "' is empty");
            }
            labels.add(lab);
            if (task == Task.REGRESSION) {
                regression[rows] = number(lab, file, lineNo, label);
            }
            rows++;
        }
        if (rows == 0) {
            throw new DatasetException(file + ": no data rows after the header");
        }
        float[] feats = java.util.Arrays.copyOf(values, rows * d);
        float[] targets = new float[rows];
        List<String> classNames = List.of();
        if (task == Task.CLASSIFICATION) {
            classNames = classNames(labels);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < classNames.size(); i++) {
                index.put(classNames.get(i), i);
            }
            for (int i = 0; i < rows; i++) {
                targets[i] = index.get(labels.get(i));
            }
        } else {
            System.arraycopy(regression, 0, targets, 0, rows);
        }
        return new RawDataset(new int[] {d}, false, task, classNames,
                new RawExamples(new FloatFeatures(feats, d), targets), null, Sha256.of(bytes));
    }

    private static List<String> classNames(List<String> labels) {
        TreeSet<String> distinct = new TreeSet<>(labels);
        boolean numeric = distinct.stream().allMatch(CsvReader::isNumber);
        List<String> names = new ArrayList<>(distinct);
        if (numeric) {
            names.sort(Comparator.comparingDouble(Double::parseDouble).thenComparing(Comparator.naturalOrder()));
        }
        return names;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int column(Map<String, Integer> columns, String name, List<String> header, String file) {
        Integer i = columns.get(name);
        if (i == null) {
            throw new DatasetException(file + ": no column '" + name + "' (available columns: "
                    + String.join(", ", header) + ")");
        }
        return i;
    }

    private static float number(String s, String file, int line, String column) {
        try {
            float v = Float.parseFloat(s);
            if (Float.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DatasetException(file + " line " + line + ", column '" + column + "': '" + s
                + "' is not a finite number");
    }

    /** Splits one CSV line into trimmed fields, honouring double quotes. */
    static List<String> split(String line, String file, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"' && cur.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                cur.setLength(0);
            } else if (ch == ',') {
                out.add(wasQuoted ? cur.toString() : cur.toString().trim());
                cur.setLength(0);
                wasQuoted = false;
            } else {
                cur.append(ch);
            }
        }
        if (quoted) {
            throw new DatasetException(file + " line " + lineNo + ": unterminated quoted field");
        }
        out.add(wasQuoted ? cur.toString() : cur.toString().trim());
        return out;
    }
}
