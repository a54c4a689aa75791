package io.nas4j.evaluator.tabular;

import io.nas4j.searchspace.arch.Cell;
import io.nas4j.searchspace.arch.CellOp;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic NAS-Bench-201-like table over all 5^6 = 15,625 cells, with a plausible structure:
 * convolutions help (3x3 more than 1x1), depth of convolutions along the path to the output
 * helps, a skip connection from the input to the output helps a deep cell, pooling helps little,
 * {@code none} cuts edges and a cell whose output is cut off from its input scores chance (10%).
 *
 * <p>Columns: {@code arch}; {@code val_acc_ep1} .. {@code val_acc_ep12}, a 12-epoch validation
 * curve (the cheap search signal, favouring shallower cells a little, with more noise);
 * {@code test_acc_200ep}, the "long training" test accuracy it correlates with but does not
 * equal; {@code params_m}, parameters in millions of the NAS-Bench-201 macro network (3 stages of 5
 * cells, 16/32/64 channels). Values are fractions in [0, 1], rounded to 5 decimals. The same seed
 * gives the same table.
 */
public final class SyntheticBenchmark {
    /** The architecture-string column. */
    public static final String ARCH = "arch";
    /** Prefix of the per-epoch validation columns. */
    public static final String CURVE_PREFIX = "val_acc_ep";
    /** Epochs of the validation curve. */
    public static final int EPOCHS = 12;
    /** The validation column after the last epoch: the search objective. */
    public static final String VALIDATION = CURVE_PREFIX + EPOCHS;
    /** The long-training test column: the reported metric. */
    public static final String TEST = "test_acc_200ep";
    /** Parameters in millions. */
    public static final String PARAMS = "params_m";
    /** Number of cells: 5 ops on 6 edges. */
    public static final int SIZE = 15_625;

    private SyntheticBenchmark() {
    }

    /** One generated row. */
    private record Row(Cell cell, double[] curve, double test, double params) {
    }

    /** The table for {@code seed}, in memory. */
    public static BenchmarkTable table(long seed) {
        Map<String, TableRow> rows = new LinkedHashMap<>();
        for (Row r : rows(seed)) {
            rows.put(r.cell().arch(), new TableRow(r.curve()[EPOCHS - 1], r.test(), r.curve()));
        }
        return BenchmarkTable.of(Path.of("synthetic-seed-" + seed), TableColumns.SYNTHETIC, rows);
    }

    /** Writes the table for {@code seed} as CSV (about 3 MB). */
    public static void write(Path out, long seed) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder(ARCH);
            for (int e = 1; e <= EPOCHS; e++) {
                header.append(',').append(CURVE_PREFIX).append(e);
            }
            w.write(header.append(',').append(TEST).append(',').append(PARAMS).append('\n').toString());
            for (Row r : rows(seed)) {
                StringBuilder line = new StringBuilder(r.cell().arch());
                for (double v : r.curve()) {
                    line.append(',').append(v);
                }
                w.write(line.append(',').append(r.test()).append(',').append(r.params()).append('\n').toString());
            }
        }
    }

    private static List<Row> rows(long seed) {
        List<Row> rows = new ArrayList<>(SIZE);
        CellOp[] ops = CellOp.values();
        for (int index = 0; index < SIZE; index++) {
            List<CellOp> edges = new ArrayList<>();
            int rest = index;
            for (int e = 0; e < Cell.EDGE_NAMES.size(); e++) {
                edges.add(ops[rest % ops.length]);
                rest /= ops.length;
            }
            rows.add(row(new Cell(edges), new SplittableRandom(seed * 1_000_003L + index)));
        }
        return rows;
    }

    private static Row row(Cell cell, SplittableRandom random) {
        boolean[] fromInput = new boolean[Cell.NODES];
        fromInput[0] = true;
        for (int to = 1; to < Cell.NODES; to++) {
            for (int from = 0; from < to; from++) {
                fromInput[to] |= fromInput[from] && cell.op(to, from) != CellOp.NONE;
            }
        }
        boolean[] toOutput = new boolean[Cell.NODES];
        toOutput[Cell.NODES - 1] = true;
        for (int from = Cell.NODES - 2; from >= 0; from--) {
            for (int to = from + 1; to < Cell.NODES; to++) {
                toOutput[from] |= toOutput[to] && cell.op(to, from) != CellOp.NONE;
            }
        }
        double params = params(cell);
        double[] curve = new double[EPOCHS];
        if (!fromInput[Cell.NODES - 1]) { // output cut off from the input: chance level
            for (int e = 0; e < EPOCHS; e++) {
                curve[e] = round(0.1 + 0.002 * random.nextDouble());
            }
            return new Row(cell, curve, round(0.1), round(params));
        }
        double convSum = 0;
        double skips = 0;
        int pools = 0;
        int[] depth = new int[Cell.NODES]; // most convolutions on a useful path from the input
        for (int to = 1; to < Cell.NODES; to++) {
            for (int from = 0; from < to; from++) {
                CellOp op = cell.op(to, from);
                if (op == CellOp.NONE || !fromInput[from] || !toOutput[to]) {
                    continue;
                }
                boolean conv = op == CellOp.NOR_CONV_3X3 || op == CellOp.NOR_CONV_1X1;
                depth[to] = Math.max(depth[to], depth[from] + (conv ? 1 : 0));
                switch (op) {
                    case NOR_CONV_3X3 -> convSum += 1.0;
                    case NOR_CONV_1X1 -> convSum += 0.6;
                    case AVG_POOL_3X3 -> {
                        convSum += 0.1;
                        pools++;
                    }
                    default -> skips++;
                }
            }
        }
        int convDepth = depth[Cell.NODES - 1];
        double residual = cell.op(3, 0) == CellOp.SKIP_CONNECT && convDepth >= 2 ? 1 : 0;
        double quality = 1.2 * convSum + 1.5 * convDepth + 0.8 * residual - 0.3 * pools;
        double test = 0.1 + 0.85 * (1 - Math.exp(-Math.max(0, quality) / 3.0)) + 0.004 * random.nextGaussian();
        // 12 epochs reward depth less and skips more than 200 epochs do, and are noisier
        double shortQuality = 1.2 * convSum + 1.0 * convDepth + 1.2 * residual + 0.2 * skips - 0.2 * pools;
        double validation = 0.1 + 0.8 * (1 - Math.exp(-Math.max(0, shortQuality) / 3.0)) + 0.012 * random.nextGaussian();
        double tau = 2 + 0.8 * convDepth;
        double full = 1 - Math.exp(-EPOCHS / tau);
        for (int e = 1; e <= EPOCHS; e++) {
            double v = 0.1 + (validation - 0.1) * (1 - Math.exp(-e / tau)) / full;
            curve[e - 1] = round(clamp(e == EPOCHS ? v : v + 0.004 * random.nextGaussian()));
        }
        return new Row(cell, curve, round(clamp(test)), round(params));
    }

    /** Millions of parameters: 3 stages of 5 cells at 16, 32, 64 channels, plus a fixed stem, reductions and head. */
    private static double params(Cell cell) {
        double total = 0.073;
        for (int channels : new int[] {16, 32, 64}) {
            double perCell = 0;
            for (CellOp op : cell.edges()) {
                perCell += switch (op) {
                    case NOR_CONV_3X3 -> 9.0 * channels * channels + 2 * channels;
                    case NOR_CONV_1X1 -> (double) channels * channels + 2 * channels;
                    default -> 0;
                };
            }
            total += 5 * perCell / 1e6;
        }
        return total;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
