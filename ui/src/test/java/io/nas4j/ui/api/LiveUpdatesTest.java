package io.nas4j.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.ui.HttpProbe;
import io.nas4j.ui.UiFixtures;
import io.nas4j.ui.UiServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The event stream sends the trials that changed, and only those. */
class LiveUpdatesTest {
    @Test
    void streamsNewTrialsAsTheyFinish() throws Exception {
        try (StudyStorage storage = Storages.open("mem:ui-live-" + UUID.randomUUID())) {
            Study study = UiFixtures.study(storage, "live");
            UiFixtures.fill(storage, study, 3, 2, 1);
            try (UiServer ui = UiServer.builder().setStorage(storage).optPort(0).optPollInterval(Duration.ofMillis(200))
                    .build().start()) {
                assertEquals(404, new HttpProbe(ui.port()).get("/api/studies/999/events").statusCode());
                Thread.sleep(LiveUpdates.SLACK_MILLIS + 300); // the stream looks back this far: start after it
                HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui.port() + "/api/studies/"
                        + study.id() + "/events?since=" + System.currentTimeMillis())).header("Accept", "text/event-stream").build();
                HttpResponse<java.io.InputStream> r = HttpClient.newHttpClient().send(req,
                        HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(200, r.statusCode());
                try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                    assertEquals("event: hello", in.readLine());
                    Thread.sleep(2000); // let the first polls pass: the three old trials are older than the slack
                    UiFixtures.addTrial(storage, study, 3, 2, new Random(5));
                    String event = null;
                    String data = null;
                    long deadline = System.currentTimeMillis() + 10_000;
                    while (System.currentTimeMillis() < deadline) {
                        String line = in.readLine();
                        if (line.startsWith("event: trials")) {
                            event = line;
                            data = in.readLine();
                            break;
                        }
                    }
                    assertEquals("event: trials", event);
                    assertTrue(data.contains("\"number\":3"), data);
                    assertTrue(!data.contains("\"number\":0"), "old trials are not sent again: " + data);
                    assertTrue(data.contains("\"counts\""), data);
                }
            }
        }
    }
}
