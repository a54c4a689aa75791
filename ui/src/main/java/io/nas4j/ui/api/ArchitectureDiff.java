package io.nas4j.ui.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines up the blocks of 2 to 4 architectures row by row for a side-by-side view. Two
 * architectures are aligned by their longest common run of equal blocks, so an inserted block
 * shows as one added row instead of shifting everything below it; more are aligned by position.
 *
 * @param rows the aligned rows
 */
public record ArchitectureDiff(List<Row> rows) {
    /**
     * One aligned row.
     *
     * @param cells the block label of each architecture, or null where it has none
     * @param same whether every architecture has this very block here
     */
    public record Row(List<String> cells, boolean same) {
        /** Copies (nulls allowed). */
        public Row {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    /** Copies. */
    public ArchitectureDiff {
        rows = List.copyOf(rows);
    }

    /** The diff of {@code architectures}, each a list of block labels. */
    public static ArchitectureDiff of(List<List<String>> architectures) {
        if (architectures.size() == 2) {
            return pair(architectures.get(0), architectures.get(1));
        }
        int n = architectures.stream().mapToInt(List::size).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> cells = new ArrayList<>();
            for (List<String> a : architectures) {
                cells.add(i < a.size() ? a.get(i) : null);
            }
            rows.add(new Row(cells, cells.stream().distinct().count() == 1 && cells.get(0) != null));
        }
        return new ArchitectureDiff(rows);
    }

    private static ArchitectureDiff pair(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                rows.add(new Row(java.util.Arrays.asList(a.get(i), b.get(j)), true));
                i++;
                j++;
            } else if (i < a.size() && j < b.size() && lcs[i + 1][j + 1] == lcs[i][j]) {
                rows.add(new Row(java.util.Arrays.asList(a.get(i), b.get(j)), false)); // changed in place
                i++;
                j++;
            } else if (j >= b.size() || (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                rows.add(new Row(java.util.Arrays.asList(a.get(i), null), false));
                i++;
            } else {
                rows.add(new Row(java.util.Arrays.asList(null, b.get(j)), false));
                j++;
            }
        }
        return new ArchitectureDiff(rows);
    }
}
