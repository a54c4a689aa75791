package io.nas4j.evaluator.tabular;

import io.nas4j.searchspace.arch.Cell;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A tabular NAS benchmark held in memory: per cell architecture string, the objective, the final
 * metric and optionally the objective's per-epoch curve. Read from a CSV with a header row
 * (comma-separated; fields may be double-quoted). Architecture strings are normalized through
 * {@link Cell#parse}, so a row is found whatever whitespace the file had.
 */
public final class BenchmarkTable {
    private final Path source;
    private final TableColumns columns;
    private final Map<String, TableRow> rows;

    private BenchmarkTable(Path source, TableColumns columns, Map<String, TableRow> rows) {
        this.source = source;
        this.columns = columns;
        this.rows = Collections.unmodifiableMap(rows);
    }

    /**
     * Reads a table.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file, line and column when the content is bad
     */
    public static BenchmarkTable load(Path csv, TableColumns columns) throws IOException {
        String where = csv.toString();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new IllegalArgumentException(where + ": the table is empty (expected a header row)");
            }
            List<String> names = split(header);
            int arch = column(names, columns.arch(), where);
            int objective = column(names, columns.objective(), where);
            int report = column(names, columns.report(), where);
            int[] curve = curveColumns(names, columns.curvePrefix(), where);
            Map<String, TableRow> rows = new HashMap<>();
            String line;
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line);
                if (fields.size() != names.size()) {
                    throw new IllegalArgumentException(where + ", line " + lineNumber + ": " + fields.size()
                            + " fields, but the header has " + names.size());
                }
                String key;
                try {
                    key = Cell.parse(fields.get(arch)).arch();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ", line " + lineNumber + ": column " + columns.arch()
                            + ": " + e.getMessage(), e);
                }
                double[] c = new double[curve.length];
                for (int i = 0; i < curve.length; i++) {
                    c[i] = number(fields, curve[i], names, where, lineNumber);
                }
                TableRow row = new TableRow(number(fields, objective, names, where, lineNumber),
                        number(fields, report, names, where, lineNumber), c);
                if (rows.put(key, row) != null) {
                    throw new IllegalArgumentException(where + ", line " + lineNumber + ": architecture " + key
                            + " is listed twice");
                }
            }
            if (rows.isEmpty()) {
                throw new IllegalArgumentException(where + ": the table has a header but no rows");
            }
            return new BenchmarkTable(csv, columns, rows);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(where, null, "table file not found");
        }
    }

    /** A table built in memory (tests, generated tables). */
    public static BenchmarkTable of(Path source, TableColumns columns, Map<String, TableRow> rows) {
        Map<String, TableRow> normalized = new HashMap<>();
        rows.forEach((arch, row) -> normalized.put(Cell.parse(arch).arch(), row));
        return new BenchmarkTable(source, columns, normalized);
    }

    private static int column(List<String> names, String name, String where) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(where + ": no column '" + name + "' (columns: "
                    + String.join(", ", names) + ")");
        }
        return i;
    }

    private static int[] curveColumns(List<String> names, String prefix, String where) {
        if (prefix == null) {
            return new int[0];
        }
        TreeMap<Integer, Integer> byEpoch = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n.startsWith(prefix) && n.substring(prefix.length()).matches("[1-9][0-9]{0,4}")) {
                byEpoch.put(Integer.parseInt(n.substring(prefix.length())), i);
            }
        }
        if (byEpoch.isEmpty()) {
            throw new IllegalArgumentException(where + ": no curve columns '" + prefix + "1', '" + prefix
                    + "2', ... (columns: " + String.join(", ", names) + ")");
        }
        if (byEpoch.lastKey() != byEpoch.size()) {
            throw new IllegalArgumentException(where + ": curve columns '" + prefix + "N' must run from 1 without gaps, got epochs "
                    + byEpoch.keySet());
        }
        return byEpoch.values().stream().mapToInt(Integer::intValue).toArray();
    }

    private static double number(List<String> fields, int i, List<String> names, String where, int line) {
        String f = fields.get(i).trim();
        try {
            return Double.parseDouble(f);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ", line " + line + ": column " + names.get(i)
                    + " must be a number, got '" + f + "'", e);
        }
    }

    /** Splits one CSV line; double-quoted fields may hold commas and doubled quotes. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString().trim());
        return out;
    }

    /** The row of a cell, or empty when the table does not have it. */
    public Optional<TableRow> lookup(Cell cell) {
        return Optional.ofNullable(rows.get(cell.arch()));
    }

    /** Every row by architecture string. */
    public Map<String, TableRow> rows() {
        return rows;
    }

    /** Number of architectures. */
    public int size() {
        return rows.size();
    }

    /** The file the table came from. */
    public Path source() {
        return source;
    }

    /** The columns read. */
    public TableColumns columns() {
        return columns;
    }
}
