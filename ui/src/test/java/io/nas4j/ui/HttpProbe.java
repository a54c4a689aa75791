package io.nas4j.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for tests of a running {@link UiServer}. */
public final class HttpProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** A probe of the server at {@code http://127.0.0.1:PORT}. */
    public HttpProbe(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** GET {@code path} with optional header pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    /** A request with {@code method}. */
    public HttpResponse<String> send(String method, String path, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                    .method(method, HttpRequest.BodyPublishers.noBody());
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET {@code path}, which must answer {@code status}, as JSON. */
    public JsonNode json(String path, int status) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != status) {
            throw new AssertionError("GET " + path + ": expected " + status + " but got " + r.statusCode() + ": " + r.body());
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            throw new AssertionError("GET " + path + ": expected JSON but got " + type);
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + ": not JSON: " + r.body(), e);
        }
    }

    /** GET {@code path} with a raw socket and the given Host header; returns the status line. */
    public String rawStatusLine(int port, String path, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\r') {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    /** URL-encodes a query value. */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
