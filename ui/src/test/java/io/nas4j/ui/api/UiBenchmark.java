package io.nas4j.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.ui.HttpProbe;
import io.nas4j.ui.UiFixtures;
import io.nas4j.ui.UiServer;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The UI's answer times on a study of 10,000 trials with 20 epochs each (filled through the store
 * API into in-memory H2): each endpoint is warmed up, then timed 15 times end to end over HTTP.
 * Run with {@code mvn -pl ui test -Pslow -Dtest=UiBenchmark}, or as a main class with
 * {@code [TRIALS] [EPOCHS]}.
 */
@Tag("slow")
class UiBenchmark {
    static final int RUNS = 15;

    @Test
    void tablePageAndHistoryAnswerWithin300msAt10kTrials() throws Exception {
        Map<String, double[]> times = measure(10_000, 20);
        assertTrue(times.get("table page (50, by number)")[0] < 300, "table page median");
        assertTrue(times.get("table page (50, by objective desc)")[0] < 300, "sorted table page median");
        assertTrue(times.get("history (downsampled)")[0] < 300, "history median");
    }

    /** Runs the benchmark and prints a table. */
    public static void main(String[] args) throws Exception {
        measure(args.length > 0 ? Integer.parseInt(args[0]) : 10_000, args.length > 1 ? Integer.parseInt(args[1]) : 20);
    }

    static Map<String, double[]> measure(int trials, int epochs) throws Exception {
        try (StudyStorage storage = Storages.open("mem:ui-bench-" + UUID.randomUUID())) {
            Study study = UiFixtures.study(storage, "bench");
            long t0 = System.nanoTime();
            UiFixtures.fill(storage, study, trials, epochs, 1);
            System.out.printf("filled %,d trials x %d epochs through the store API in %.1f s%n", trials, epochs,
                    (System.nanoTime() - t0) / 1e9);
            try (UiServer ui = UiServer.builder().setStorage(storage).optPort(0).build().start()) {
                HttpProbe http = new HttpProbe(ui.port());
                String b = "/api/studies/" + study.id();
                Map<String, String> endpoints = new LinkedHashMap<>();
                endpoints.put("studies list", "/api/studies");
                endpoints.put("study summary", b);
                endpoints.put("table page (50, by number)", b + "/trials");
                endpoints.put("table page (50, by objective desc)", b + "/trials?sort=objective&order=desc");
                endpoints.put("table page (50, offset 9000, by param)", b + "/trials?offset=9000&sort=param:learning_rate");
                endpoints.put("table page (filtered state+range)", b + "/trials?state=COMPLETE&filter="
                        + HttpProbe.enc("param:learning_rate<=0.001") + "&filter=" + HttpProbe.enc("objective>=0.8"));
                endpoints.put("table page (500 rows)", b + "/trials?limit=500");
                endpoints.put("history (downsampled)", b + "/history");
                endpoints.put("scatter (params vs objective)", b + "/scatter");
                endpoints.put("parallel coordinates (300)", b + "/parallel");
                endpoints.put("learning curves (5 best)", b + "/curves");
                endpoints.put("trial detail", b + "/trials/" + (trials / 2));
                endpoints.put("compare 3 trials", b + "/compare?trials=1,2,3");
                endpoints.put("lineage", b + "/lineage/" + (trials - 1));
                endpoints.put("CSV of all trials", b + "/table.csv");
                Map<String, double[]> out = new LinkedHashMap<>();
                System.out.printf("%-42s %10s %10s %12s%n", "endpoint", "median ms", "max ms", "bytes");
                for (Map.Entry<String, String> e : endpoints.entrySet()) {
                    for (int i = 0; i < 2; i++) {
                        assertEquals(200, http.get(e.getValue()).statusCode(), e.getValue());
                    }
                    int runs = e.getKey().startsWith("CSV") ? 3 : RUNS;
                    double[] ms = new double[runs];
                    int bytes = 0;
                    for (int i = 0; i < runs; i++) {
                        long s = System.nanoTime();
                        HttpResponse<String> r = http.get(e.getValue());
                        ms[i] = (System.nanoTime() - s) / 1e6;
                        bytes = r.body().length();
                    }
                    Arrays.sort(ms);
                    double[] stats = {ms[runs / 2], ms[runs - 1]};
                    out.put(e.getKey(), stats);
                    System.out.printf("%-42s %10.1f %10.1f %,12d%n", e.getKey(), stats[0], stats[1], bytes);
                }
                return out;
            }
        }
    }
}
