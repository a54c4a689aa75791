package io.nas4j.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row; columns are as wide as their widest cell. */
public final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with the given column names. */
    public Table(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; cells are printed with {@link String#valueOf(Object)}, null as "-". */
    public Table add(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(c == null ? "-" : String.valueOf(c));
        }
        rows.add(row);
        return this;
    }

    /** Number of rows (without the header). */
    public int size() {
        return rows.size();
    }

    /** Prints the table. */
    public void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        line(out, header, width);
        for (List<String> r : rows) {
            line(out, r, width);
        }
        out.flush();
    }

    private static void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean last = i == cells.size() - 1;
            sb.append(last ? c : String.format("%-" + width[i] + "s  ", c));
        }
        out.println(sb.toString().stripTrailing());
    }

    /** Formats a metric value: 4 decimals, or "-" for NaN/null. */
    public static String number(Double v) {
        if (v == null || v.isNaN()) {
            return "-";
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e15) {
            return String.format("%,d", v.longValue());
        }
        return a != 0 && (a < 1e-3 || a >= 1e6) ? String.format("%.4g", v) : String.format("%.4f", v);
    }
}
