package io.nas4j.ui.api;

import static io.nas4j.ui.HttpProbe.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.ui.HttpProbe;
import io.nas4j.ui.UiFixtures;
import io.nas4j.ui.UiServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every endpoint of the JSON API against a filled in-memory store, including bad input. */
class StudyApiTest {
    static final int TRIALS = 70;
    static StudyStorage storage;
    static Study study;
    static List<TrialRecord> trials;
    static UiServer server;
    static HttpProbe http;
    static String base;

    @BeforeAll
    static void start() {
        storage = Storages.open("mem:ui-api-" + UUID.randomUUID());
        study = UiFixtures.study(storage, "api-study");
        trials = UiFixtures.fill(storage, study, TRIALS, 5, 11);
        server = UiServer.builder().setStorage(storage).optPort(0).build().start();
        http = new HttpProbe(server.port());
        base = "/api/studies/" + study.id();
    }

    @AfterAll
    static void stop() {
        server.close();
        storage.close();
    }

    static TrialRecord first(TrialState state) {
        return trials.stream().filter(t -> t.state() == state).findFirst().orElseThrow();
    }

    @Test
    void listsStudiesWithCountsAndBest() {
        JsonNode list = http.json("/api/studies", 200);
        assertEquals(1, list.size());
        JsonNode s = list.get(0);
        assertEquals("api-study", s.get("name").asText());
        assertEquals("evolution", s.get("strategy").asText());
        assertEquals(TRIALS, s.get("total").asInt());
        long complete = trials.stream().filter(t -> t.state() == TrialState.COMPLETE).count();
        assertEquals(complete, s.get("counts").get("COMPLETE").asLong());
        double best = trials.stream().filter(t -> t.state() == TrialState.COMPLETE)
                .mapToDouble(t -> t.objective().getAsDouble()).max().orElseThrow();
        assertEquals(best, s.get("best").asDouble(), 1e-12);
    }

    @Test
    void describesOneStudy() {
        JsonNode s = http.json(base, 200);
        assertEquals("val_accuracy", s.get("objectives").get(0).get("metric").asText());
        assertEquals("maximize", s.get("objectives").get(0).get("direction").asText());
        assertTrue(s.get("params").toString().contains("learning_rate"));
        assertTrue(s.get("metrics").toString().contains("test_accuracy"));
        assertTrue(s.get("epochMetrics").toString().contains("val_loss"));
        int bestNumber = s.get("bestTrial").get("number").asInt();
        assertEquals(TrialState.COMPLETE, trials.get(bestNumber).state());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/studies/999", "/api/studies/abc", "/api/studies/1%27%20OR%201=1",
        "/api/studies/999/trials", "/api/studies/abc/history", "/api/studies/999/trials/0"})
    void unknownStudiesAre404WithAJsonError(String path) {
        JsonNode e = http.json(path, 404);
        assertEquals(404, e.get("status").asInt());
        assertTrue(e.get("error").asText().startsWith("no study"), e.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/trials/9999", "/trials/-1", "/trials/x", "/lineage/9999"})
    void unknownTrialsAre404WithAJsonError(String path) {
        JsonNode e = http.json(base + path, 404);
        assertTrue(e.get("error").asText().contains("trial"), e.toString());
    }

    @Test
    void unknownEndpointsAre404AndWritesAreRefused() {
        assertEquals(404, http.json("/api/nothing-here", 404).get("status").asInt());
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> r = http.send(method, base);
            assertEquals(405, r.statusCode(), method);
            assertTrue(r.body().contains("read-only"), r.body());
        }
        assertEquals(TRIALS, storage.counts(study.id()).values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void pagesTheTrialTable() {
        JsonNode p = http.json(base + "/trials", 200);
        assertEquals(TRIALS, p.get("total").asInt());
        assertEquals(50, p.get("rows").size());
        assertEquals(0, p.get("rows").get(0).get("number").asInt());
        JsonNode last = http.json(base + "/trials?offset=60&limit=50", 200);
        assertEquals(TRIALS - 60, last.get("rows").size());
        assertEquals(60, last.get("rows").get(0).get("number").asInt());
        assertEquals(0, http.json(base + "/trials?offset=5000", 200).get("rows").size());
        assertEquals(TRIALS, http.json(base + "/trials?limit=500", 200).get("rows").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=501", "limit=-3", "offset=-1", "limit=ten", "offset=1e3",
        "order=sideways", "state=DONE", "sort=nonsense", "x=param_count&sort=param:a%20b"})
    void rejectsBadPagingAndSortingWith400(String query) {
        JsonNode e = http.json(base + "/trials?" + query, 400);
        assertEquals(400, e.get("status").asInt());
        assertFalse(e.get("error").asText().isBlank());
    }

    @Test
    void sortsByAnyColumnParamAndMetric() {
        for (String sort : List.of("objective", "param_count", "flops", "duration", "generation", "number",
                "param:learning_rate", "metric:test_accuracy")) {
            JsonNode rows = http.json(base + "/trials?limit=500&order=desc&sort=" + enc(sort), 200).get("rows");
            assertEquals(TRIALS, rows.size(), sort);
            double previous = Double.POSITIVE_INFINITY;
            boolean sawMissing = false;
            for (JsonNode r : rows) {
                JsonNode v = value(r, sort);
                if (v == null || v.isNull()) {
                    sawMissing = true; // missing values come last
                    continue;
                }
                assertFalse(sawMissing, sort + ": a value after a missing one");
                assertTrue(v.asDouble() <= previous, sort + " not descending at trial " + r.get("number"));
                previous = v.asDouble();
            }
        }
    }

    private static JsonNode value(JsonNode row, String field) {
        if (field.startsWith("param:")) {
            return row.get("params").get(field.substring(6));
        }
        if (field.startsWith("metric:")) {
            return row.get("metrics").get(field.substring(7));
        }
        return row.get(field);
    }

    @Test
    void filtersByStateAndRanges() {
        JsonNode pruned = http.json(base + "/trials?limit=500&state=PRUNED", 200);
        long expected = trials.stream().filter(t -> t.state() == TrialState.PRUNED).count();
        assertEquals(expected, pruned.get("total").asLong());
        for (JsonNode r : pruned.get("rows")) {
            assertEquals("PRUNED", r.get("state").asText());
            assertNotNull(r.get("rung").asText(null), "a pruned trial shows its rung");
        }
        JsonNode two = http.json(base + "/trials?limit=500&state=FAILED,INFEASIBLE", 200);
        assertEquals(trials.stream().filter(t -> t.state() == TrialState.FAILED || t.state() == TrialState.INFEASIBLE)
                .count(), two.get("total").asLong());

        JsonNode good = http.json(base + "/trials?limit=500&filter=" + enc("objective>=0.85") + "&filter="
                + enc("param:learning_rate<=0.01"), 200);
        long match = trials.stream().filter(t -> t.objective().isPresent() && t.objective().getAsDouble() >= 0.85
                && t.candidate().number("learning_rate", 1) <= 0.01).count();
        assertEquals(match, good.get("total").asLong());
        JsonNode adam = http.json(base + "/trials?limit=500&filter=" + enc("param:optimizer==adam"), 200);
        assertEquals(trials.stream().filter(t -> t.candidate().word("optimizer", "").equals("adam")).count(),
                adam.get("total").asLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort=number;DROP%20TABLE%20trials", "sort=" + "number%20DESC%2C%20(SELECT%201)",
        "sort=param:x%27%20OR%20%271%27=%271", "filter=objective%3E%3D0%20OR%201=1",
        "filter=param:lr%27--%3E%3D0", "filter=metric:a;b%3C%3D1", "filter=state%3E%3D1", "filter=number",
        "state=COMPLETE%27%20OR%20%271%27=%271"})
    void injectionAttemptsAreRejected(String query) {
        JsonNode e = http.json(base + "/trials?" + query, 400);
        assertFalse(e.get("error").asText().isBlank());
        assertEquals(TRIALS, http.json(base + "/trials", 200).get("total").asInt(), "the trials are all still there");
    }

    @Test
    void injectionInAWordFilterIsMatchedLiterally() {
        JsonNode r = http.json(base + "/trials?filter=" + enc("param:optimizer==adam' OR '1'='1"), 200);
        assertEquals(0, r.get("total").asInt());
    }

    @Test
    void downloadsTheFilteredTableAsCsv() {
        HttpResponse<String> r = http.get(base + "/table.csv?state=COMPLETE&sort=objective&order=desc"
                + "&columns=number,state,objective,param:optimizer,metric:test_accuracy");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = r.body().split("\r\n");
        assertEquals("number,state,objective,param:optimizer,metric:test_accuracy", lines[0]);
        assertEquals(trials.stream().filter(t -> t.state() == TrialState.COMPLETE).count() + 1, lines.length);
        assertTrue(lines[1].contains(",COMPLETE,"));
        assertEquals(400, http.get(base + "/table.csv?columns=number,drop%20table").statusCode());
    }

    @Test
    void historyHasEveryValueAndAMonotoneBestLine() {
        JsonNode h = http.json(base + "/history", 200);
        long valued = trials.stream().filter(t -> t.objective().isPresent()).count();
        assertEquals(valued, h.get("total").asLong());
        assertEquals(valued, h.get("points").size());
        assertFalse(h.get("downsampled").asBoolean());
        assertMonotone(h.get("best"));
        JsonNode small = http.json(base + "/history?points=10", 200);
        assertTrue(small.get("downsampled").asBoolean());
        assertTrue(small.get("points").size() <= 10);
        assertEquals(h.get("best"), small.get("best"), "the best line is exact at any size");
        http.json(base + "/history?points=1", 400);
    }

    private static void assertMonotone(JsonNode best) {
        double previous = Double.NEGATIVE_INFINITY;
        for (JsonNode p : best) {
            assertTrue(p.get(1).asDouble() >= previous);
            previous = p.get(1).asDouble();
        }
    }

    @Test
    void scatterMarksTheParetoFront() {
        JsonNode s = http.json(base + "/scatter?x=param_count", 200);
        List<double[]> points = new ArrayList<>();
        s.get("points").forEach(p -> points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
        assertTrue(points.size() > 10);
        for (JsonNode f : s.get("front")) {
            double x = f.get(0).asDouble();
            double y = f.get(1).asDouble();
            for (double[] p : points) {
                assertFalse(p[0] <= x && p[1] >= y && (p[0] < x || p[1] > y), "a front point is dominated");
            }
        }
        assertEquals("param_count", http.json(base + "/scatter?x=objective:1", 200).get("xLabel").asText());
        http.json(base + "/scatter?x=objective:7", 400);
        http.json(base + "/scatter?x=1;drop", 400);
        http.json(base + "/scatter?x=flops", 200);
    }

    @Test
    void parallelCoordinatesEndWithTheObjective() {
        JsonNode p = http.json(base + "/parallel?limit=40", 200);
        JsonNode dims = p.get("dimensions");
        assertEquals("val_accuracy", dims.get(dims.size() - 1).get("name").asText());
        assertTrue(dims.toString().contains("learning_rate"));
        assertTrue(dims.toString().contains("\"category\""), "optimizer is a category axis");
        assertEquals(40, p.get("rows").size());
        assertEquals(dims.size() + 1, p.get("rows").get(0).size(), "the trial number follows the axes");
        http.json(base + "/parallel?limit=100000", 400);
    }

    @Test
    void learningCurvesOfSelectedTrials() {
        TrialRecord done = first(TrialState.COMPLETE);
        TrialRecord pruned = first(TrialState.PRUNED);
        JsonNode c = http.json(base + "/curves?trials=" + done.number() + "," + pruned.number() + "&metric=val_loss", 200);
        assertEquals("val_loss", c.get("metric").asText());
        assertEquals(2, c.get("series").size());
        assertEquals(5, c.get("series").get(0).get("points").size());
        assertTrue(c.get("series").get(1).get("points").size() < 5, "a pruned trial stops early");
        assertEquals(5, http.json(base + "/curves", 200).get("series").size(), "default: the best five");
        http.json(base + "/curves?trials=abc", 400);
        http.json(base + "/curves?trials=9999", 404);
        http.json(base + "/curves?trials=1&metric=" + enc("x' OR 1=1"), 400);
    }

    @Test
    void trialDetailDrawsTheArchitectureWithShapes() {
        TrialRecord t = first(TrialState.COMPLETE);
        JsonNode d = http.json(base + "/trials/" + t.number(), 200);
        JsonNode diagram = d.get("architectureDiagram");
        assertEquals("(1, 28, 28)", diagram.get("input").asText());
        JsonNode blocks = diagram.get("blocks");
        assertEquals("conv2d", blocks.get(0).get("type").asText());
        assertTrue(blocks.get(0).get("output").asText().startsWith("("));
        assertEquals("output", blocks.get(blocks.size() - 1).get("type").asText());
        long sum = 0;
        for (JsonNode b : blocks) {
            sum += b.get("params").asLong();
        }
        assertEquals(t.paramCount(), sum);
        assertEquals(t.paramCount(), diagram.get("params").asLong());
        assertEquals(5, d.get("epochs").size());
        assertEquals("nas4j export api-study --trial " + t.number() + " --out api-study-trial-" + t.number(),
                d.get("exportCommand").asText());
        assertTrue(d.get("hyperparameters").has("learning_rate"));
    }

    @Test
    void trialDetailShowsMessagesRungsAndLineage() {
        JsonNode failed = http.json(base + "/trials/" + first(TrialState.FAILED).number(), 200);
        assertTrue(failed.get("message").asText().contains("<script>"), "messages come back as data, unchanged");
        JsonNode infeasible = http.json(base + "/trials/" + first(TrialState.INFEASIBLE).number(), 200);
        assertTrue(infeasible.get("architectureDiagram").get("error").asText().contains("does not fit"));
        JsonNode pruned = http.json(base + "/trials/" + first(TrialState.PRUNED).number(), 200);
        assertFalse(pruned.get("rung").isNull());
        assertEquals(pruned.get("rung").asText(), pruned.get("attributes").get("rung").asText());

        TrialRecord child = trials.stream().filter(t -> !t.lineage().parents().isEmpty()).findFirst().orElseThrow();
        int parent = child.lineage().parents().get(0);
        JsonNode p = http.json(base + "/trials/" + parent, 200);
        assertTrue(p.get("children").toString().contains(Integer.toString(child.number())));
        JsonNode tree = http.json(base + "/lineage/" + child.number(), 200);
        assertTrue(tree.get("nodes").toString().contains("\"number\":" + parent));
        assertTrue(tree.get("links").toString().contains("[" + parent + "," + child.number() + "]"));
    }

    @Test
    void comparesTwoToFourTrials() {
        JsonNode c = http.json(base + "/compare?trials=0,1", 200);
        assertEquals(2, c.get("trials").size());
        assertTrue(c.get("architecture").size() >= 3);
        boolean anySame = false;
        for (JsonNode row : c.get("architecture")) {
            assertEquals(2, row.get("cells").size());
            anySame |= row.get("same").asBoolean();
        }
        assertTrue(anySame, "the output head is shared");
        assertTrue(c.get("hyperparameters").toString().contains("learning_rate"));
        assertEquals(2, c.get("curves").get("series").size());
        assertEquals(4, http.json(base + "/compare?trials=0,1,2,4", 200).get("trials").size());
        http.json(base + "/compare?trials=0", 400);
        http.json(base + "/compare?trials=0,1,2,3,4", 400);
        http.json(base + "/compare?trials=0,9999", 404);
    }

    @Test
    void servesPagesAndEChartsWithSecurityHeaders() {
        for (String path : List.of("/", "/study.html", "/js/study.js", "/app.css", "/webjars/echarts/5.5.0/echarts.min.js",
                "/api/studies")) {
            HttpResponse<String> r = http.get(path);
            assertEquals(200, r.statusCode(), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        assertTrue(http.get("/webjars/echarts/5.5.0/echarts.min.js").body().length() > 500_000);
        assertFalse(http.get("/study.html").body().contains("<script>"), "no inline script");
    }
}
