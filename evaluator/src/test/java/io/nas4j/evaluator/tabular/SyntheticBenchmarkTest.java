package io.nas4j.evaluator.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.arch.Cell;
import io.nas4j.searchspace.arch.CellOp;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic table has the structure its documentation promises. */
class SyntheticBenchmarkTest {
    private static BenchmarkTable table;

    @BeforeAll
    static void generate() {
        table = SyntheticBenchmark.table(0);
    }

    private static TableRow row(String arch) {
        return table.lookup(Cell.parse(arch)).orElseThrow();
    }

    @Test
    void everyCellOnceWithATwelveEpochCurveEndingAtTheObjective() {
        assertEquals(15_625, table.size());
        for (TableRow r : table.rows().values()) {
            assertEquals(SyntheticBenchmark.EPOCHS, r.epochs());
            assertEquals(r.objective(), r.curveAt(SyntheticBenchmark.EPOCHS));
            assertTrue(r.report() >= 0 && r.report() <= 1 && r.objective() >= 0 && r.objective() <= 1);
        }
    }

    @Test
    void aCutOffOutputScoresChanceAndConvolutionsBeatPoolingAndSkips() {
        assertEquals(0.1, row("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|none~0|none~1|none~2|").report());
        double convs = row("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|")
                .report();
        double pools = row("|avg_pool_3x3~0|+|avg_pool_3x3~0|avg_pool_3x3~1|+|avg_pool_3x3~0|avg_pool_3x3~1|avg_pool_3x3~2|")
                .report();
        double skips = row("|skip_connect~0|+|skip_connect~0|skip_connect~1|+|skip_connect~0|skip_connect~1|skip_connect~2|")
                .report();
        assertTrue(convs > pools + 0.2 && convs > skips + 0.2, convs + " " + pools + " " + skips);
        Map.Entry<String, TableRow> best = table.rows().entrySet().stream()
                .max(Comparator.comparingDouble(e -> e.getValue().report())).orElseThrow();
        long convEdges = Cell.parse(best.getKey()).edges().stream()
                .filter(op -> op == CellOp.NOR_CONV_3X3 || op == CellOp.NOR_CONV_1X1).count();
        assertTrue(convEdges >= 4 && best.getValue().report() > 0.9, best.toString());
    }

    @Test
    void validationCorrelatesWithTestButIsNotIt() {
        List<TableRow> rows = List.copyOf(table.rows().values());
        double[] v = rows.stream().mapToDouble(TableRow::objective).toArray();
        double[] t = rows.stream().mapToDouble(TableRow::report).toArray();
        double r = correlation(v, t);
        assertTrue(r > 0.8 && r < 0.995, "correlation " + r);
        String bestByValidation = table.rows().entrySet().stream()
                .max(Comparator.comparingDouble(e -> e.getValue().objective())).orElseThrow().getKey();
        String bestByTest = table.rows().entrySet().stream()
                .max(Comparator.comparingDouble(e -> e.getValue().report())).orElseThrow().getKey();
        assertNotEquals(bestByTest, bestByValidation);
    }

    @Test
    void theSeedDecidesTheNoise() {
        BenchmarkTable again = SyntheticBenchmark.table(0);
        BenchmarkTable other = SyntheticBenchmark.table(1);
        String a = "|nor_conv_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|skip_connect~0|nor_conv_3x3~1|avg_pool_3x3~2|";
        assertEquals(row(a).report(), again.rows().get(a).report());
        assertNotEquals(row(a).report(), other.rows().get(a).report());
    }

    private static double correlation(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
