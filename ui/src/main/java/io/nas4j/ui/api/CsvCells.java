package io.nas4j.ui.api;

import java.util.Map;

/**
 * Cells of the CSV download: quoted when needed, and text that a spreadsheet would run as a
 * formula ({@code = + - @} first) prefixed with an apostrophe.
 */
final class CsvCells {
    private CsvCells() {
    }

    /** The value of {@code column} in a trial row ({@code param:NAME}, {@code metric:NAME} or a row key). */
    @SuppressWarnings("unchecked")
    static Object value(Map<String, Object> row, String column) {
        if (column.startsWith("param:")) {
            return ((Map<String, Object>) row.get("params")).get(column.substring("param:".length()));
        }
        if (column.startsWith("metric:")) {
            return ((Map<String, Object>) row.get("metrics")).get(column.substring("metric:".length()));
        }
        return row.get(column);
    }

    /** One CSV cell. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "" : d.toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.startsWith("'")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
