package io.nas4j.ui.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.TrialSummary;
import io.nas4j.store.query.TrialQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** History downsampling, Pareto fronts, architecture alignment and table-request parsing. */
class ChartDataTest {
    private static TrialSummary trial(int number, TrialState state, double value) {
        return new TrialSummary(number, state, Double.isNaN(value) ? List.of() : List.of(value), 10, 20, 0, List.of(),
                "random", null, null);
    }

    @Test
    void historyKeepsTheExactBestLineAndTheEnvelopeWhenDownsampling() {
        Random rnd = new Random(3);
        List<TrialSummary> trials = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            trials.add(trial(i, i % 9 == 0 ? TrialState.PRUNED : TrialState.COMPLETE, rnd.nextDouble()));
        }
        trials.add(trial(10_000, TrialState.FAILED, Double.NaN));
        HistorySeries full = HistorySeries.of(trials, Direction.MAXIMIZE, 20_000);
        HistorySeries small = HistorySeries.of(trials, Direction.MAXIMIZE, 500);
        assertEquals(10_000, full.total());
        assertFalse(full.downsampled());
        assertTrue(small.downsampled());
        assertTrue(small.points().size() <= 500);
        assertEquals(full.best().size(), small.best().size());
        for (int i = 0; i < full.best().size(); i++) {
            assertArrayEquals(full.best().get(i), small.best().get(i));
        }
        double max = trials.stream().filter(t -> t.objective().isPresent()).mapToDouble(t -> t.objective().getAsDouble())
                .max().orElseThrow();
        assertTrue(small.points().stream().anyMatch(p -> (double) p[1] == max), "the highest value survives");
        HistorySeries min = HistorySeries.of(trials.subList(0, 50), Direction.MINIMIZE, 100);
        for (int i = 1; i < min.best().size(); i++) {
            assertTrue(min.best().get(i)[1] <= min.best().get(i - 1)[1], "minimizing: the best line only goes down");
        }
    }

    @Test
    void paretoFrontKeepsOnlyNonDominatedPoints() {
        List<double[]> points = List.of(new double[] {10, 0.5, 0}, new double[] {20, 0.7, 1}, new double[] {15, 0.4, 2},
                new double[] {30, 0.7, 3}, new double[] {40, 0.9, 4});
        List<double[]> front = ParetoFront.of(points, false, true);
        assertEquals(List.of(0.0, 1.0, 4.0), front.stream().map(p -> p[2]).toList());
    }

    @Test
    void alignsTwoArchitecturesAroundAnInsertedBlock() {
        ArchitectureDiff d = ArchitectureDiff.of(List.of(List.of("conv", "pool", "dense", "out"),
                List.of("conv", "bn", "pool", "dense64", "out")));
        List<String> rows = d.rows().stream().map(r -> r.cells() + (r.same() ? "=" : "!")).toList();
        assertEquals(List.of("[conv, conv]=", "[null, bn]!", "[pool, pool]=", "[dense, dense64]!", "[out, out]="), rows);
        ArchitectureDiff three = ArchitectureDiff.of(List.of(List.of("a", "b"), List.of("a"), List.of("a", "c")));
        assertTrue(three.rows().get(0).same());
        assertNull(three.rows().get(1).cells().get(1));
    }

    @Test
    void parsesTableRequestsAndRejectsEverythingElse() {
        TrialQuery q = TrialTableRequest.parse(Map.of("sort", List.of("param:learning_rate"), "order", List.of("desc"),
                "state", List.of("complete,PRUNED"), "filter", List.of("objective>=0.5", "param:optimizer==adam"),
                "offset", List.of("100"), "limit", List.of("25")), true);
        assertEquals("param:learning_rate", q.sortBy().toString());
        assertTrue(q.descending());
        assertEquals(2, q.states().size());
        assertEquals(2, q.filters().size());
        assertEquals("adam", q.filters().get(1).text());
        assertEquals(100, q.offset());
        assertEquals(25, q.limit());
        for (String bad : List.of("objective", "objective>=abc", "objective>=NaN", "x y>=1", "param:a'b==c", "state<=1")) {
            ApiException e = assertThrows(ApiException.class,
                    () -> TrialTableRequest.parse(Map.of("filter", List.of(bad)), true), bad);
            assertEquals(400, e.status());
        }
        assertEquals(400, assertThrows(ApiException.class,
                () -> TrialTableRequest.parse(Map.of("limit", List.of("501")), true)).status());
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertEquals("\"a,b\"", CsvCells.cell("a,b"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvCells.cell("=HYPERLINK(\"x\")"));
        assertEquals("-1.5", CsvCells.cell(-1.5));
        assertEquals("", CsvCells.cell(Double.NaN));
        assertEquals("'+cmd", CsvCells.cell("+cmd").replace("\"", ""));
    }

    @Test
    void exportCommandsQuoteOddStudyNames() {
        assertEquals("fashion-cnn", StudyApi.shellWord("fashion-cnn"));
        assertEquals("'a b'", StudyApi.shellWord("a b"));
        assertEquals("'it'\\''s'", StudyApi.shellWord("it's"));
    }
}
