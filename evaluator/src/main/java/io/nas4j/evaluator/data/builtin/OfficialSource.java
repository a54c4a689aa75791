package io.nas4j.evaluator.data.builtin;

import io.nas4j.evaluator.data.DatasetException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

/**
 * Downloads the four standard gzip IDX files from an official base URL and stores them
 * decompressed under the cache names: {@code train-*} as is, {@code t10k-*} as {@code test-*}.
 * Connects with a 5 s timeout so an unreachable source fails fast.
 */
final class OfficialSource {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration FILE_TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Downloads from {@code base} into {@code outDir}; throws with a one-line reason on any failure. */
    void download(URI base, Path outDir) throws IOException {
        for (int i = 0; i < BuiltInDataset.OFFICIAL_FILES.size(); i++) {
            URI uri = base.resolve(BuiltInDataset.OFFICIAL_FILES.get(i));
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(FILE_TIMEOUT).GET().build();
            HttpResponse<InputStream> resp;
            try {
                resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            try (InputStream body = resp.body()) {
                if (resp.statusCode() != 200) {
                    throw new DatasetException(uri + ": HTTP " + resp.statusCode());
                }
                try (InputStream in = new GZIPInputStream(body, 1 << 16)) {
                    Files.copy(in, outDir.resolve(DatasetCache.IDX_FILES.get(i)), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
