package io.nas4j.ui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.store.Storages;
import io.nas4j.store.StudyStorage;
import io.nas4j.ui.HttpProbe;
import io.nas4j.ui.UiServer;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loopback Host check, the access token, and the refusal to expose the UI without one. */
class AccessGuardTest {
    StudyStorage storage;

    @BeforeEach
    void open() {
        storage = Storages.open("mem:ui-guard-" + UUID.randomUUID());
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void loopbackRefusesForeignHostHeadersAgainstDnsRebinding() throws Exception {
        try (UiServer ui = UiServer.builder().setStorage(storage).optPort(0).build().start()) {
            HttpProbe http = new HttpProbe(ui.port());
            assertTrue(http.rawStatusLine(ui.port(), "/api/studies", "127.0.0.1:" + ui.port()).contains(" 200"));
            assertTrue(http.rawStatusLine(ui.port(), "/api/studies", "localhost:" + ui.port()).contains(" 200"));
            assertTrue(http.rawStatusLine(ui.port(), "/api/studies", "[::1]:" + ui.port()).contains(" 200"));
            assertTrue(http.rawStatusLine(ui.port(), "/api/studies", "evil.example:" + ui.port()).contains(" 403"));
            assertTrue(http.rawStatusLine(ui.port(), "/", "localhost.evil.example").contains(" 403"));
        }
    }

    @Test
    void aTokenIsNeededOnEveryRequestAndSetsACookie() {
        String token = "s3cret-token-123";
        try (UiServer ui = UiServer.builder().setStorage(storage).optPort(0).optToken(token).build().start()) {
            HttpProbe http = new HttpProbe(ui.port());
            assertEquals(401, http.get("/api/studies").statusCode());
            assertEquals(401, http.get("/").statusCode());
            assertEquals(401, http.get("/api/studies?token=wrong-token-0").statusCode());
            assertEquals(401, http.get("/api/studies", "Authorization", "Bearer nope-nope-nope").statusCode());
            assertEquals(200, http.get("/api/studies", "Authorization", "Bearer " + token).statusCode());
            assertEquals(200, http.get("/api/studies", "X-Nas4j-Token", token).statusCode());
            HttpResponse<String> first = http.get("/?token=" + token);
            assertEquals(200, first.statusCode());
            String cookie = first.headers().firstValue("Set-Cookie").orElse("");
            assertTrue(cookie.startsWith(AccessGuard.COOKIE + "=" + token), cookie);
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
            assertEquals(200, http.get("/api/studies", "Cookie", AccessGuard.COOKIE + "=" + token).statusCode());
            assertTrue(ui.url().endsWith("/?token=" + token));
        }
    }

    @Test
    void refusesToBindBeyondLoopbackWithoutAToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UiServer.builder().setStorage(storage).optHost("0.0.0.0").build());
        assertTrue(e.getMessage().contains("token"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> UiServer.builder().setStorage(storage).optToken("short").build());
        UiServer.builder().setStorage(storage).optHost("0.0.0.0").optToken("long-enough-token").build();
    }
}
