package io.nas4j.ui;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.nas4j.store.StudyStorage;
import io.nas4j.ui.api.ApiException;
import io.nas4j.ui.api.JsonBody;
import io.nas4j.ui.api.LiveUpdates;
import io.nas4j.ui.api.StudyApi;
import io.nas4j.ui.security.AccessGuard;
import io.nas4j.ui.security.SecurityHeaders;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The web UI server: a read-only JSON API under {@code /api}, live updates as Server-Sent Events,
 * and the pages (HTML, JS, CSS from the classpath, ECharts from its WebJar: nothing from the
 * network). Binds 127.0.0.1 by default; binding any other address needs an access token.
 *
 * <pre>{@code
 * try (UiServer ui = UiServer.builder().setStorage(storage).optPort(8080).build().start()) {
 *     System.out.println(ui.url());
 * }
 * }</pre>
 */
public final class UiServer implements AutoCloseable {
    /** The default address: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;

    private final StudyStorage storage;
    private final String host;
    private final int requestedPort;
    private final String token;
    private final Duration pollInterval;
    private Javalin app;
    private LiveUpdates live;

    private UiServer(Builder b) {
        this.storage = Objects.requireNonNull(b.storage, "storage (call setStorage)");
        this.host = b.host;
        this.requestedPort = b.port;
        this.token = b.token;
        this.pollInterval = b.pollInterval;
        checkBinding(host, requestedPort, token);
    }

    /** A builder; only the storage is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a binding before anything starts: the port range, the token's form, and that an
     * address beyond loopback has a token.
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static void checkBinding(String host, int port, String token) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535 (0: any free port), got " + port);
        }
        if (token != null && (token.length() < 8 || !token.matches("[A-Za-z0-9._~\\-]+"))) {
            throw new IllegalArgumentException(
                    "the access token needs at least 8 characters of letters, digits, '.', '_', '~' or '-'");
        }
        if (!isLoopback(host) && token == null) {
            throw new IllegalArgumentException("binding " + host + " exposes the UI beyond this machine: "
                    + "give an access token (--token), or bind 127.0.0.1");
        }
    }

    /** Whether {@code host} names a loopback address (resolved without DNS for literals). */
    public static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve host '" + host + "'", e);
        }
    }

    /**
     * Starts serving.
     *
     * @return this server
     * @throws IllegalStateException if it was started already
     */
    public synchronized UiServer start() {
        if (app != null) {
            throw new IllegalStateException("the UI server is already started");
        }
        StudyApi api = new StudyApi(storage);
        live = new LiveUpdates(storage, pollInterval);
        AccessGuard guard = new AccessGuard(token, isLoopback(host));
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.prefer405over404 = true;
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/public";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "no-cache");
            });
            cfg.staticFiles.enableWebjars();
            cfg.routes.before(guard::check);
            cfg.routes.before(SecurityHeaders::apply);
            api.register(cfg.routes);
            cfg.routes.before("/api/studies/{id}/events", live::checkStudy);
            cfg.routes.sse("/api/studies/{id}/events", live::connect);
            cfg.routes.exception(ApiException.class, (e, ctx) -> JsonBody.error(ctx, e.status(), e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                org.slf4j.LoggerFactory.getLogger(UiServer.class).warn("request {} failed", ctx.path(), e);
                JsonBody.error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && !ctx.result().startsWith("{")) {
                    JsonBody.error(ctx, 404, "no such endpoint: " + ctx.path());
                }
            });
        });
        app.start(host, requestedPort);
        live.start();
        return this;
    }

    /** The port it listens on (useful with port 0). */
    public int port() {
        if (app == null) {
            throw new IllegalStateException("the UI server is not started");
        }
        return app.port();
    }

    /** The address it binds. */
    public String host() {
        return host;
    }

    /** The URL to open in a browser (with the token, when there is one). */
    public String url() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/" + (token == null ? "" : "?token=" + token);
    }

    /** Stops serving; the storage stays open (its owner closes it). */
    @Override
    public synchronized void close() {
        if (live != null) {
            live.close();
        }
        if (app != null) {
            app.stop();
        }
    }

    /** Builds a {@link UiServer}: {@code setX} for required parts, {@code optX} for optional ones. */
    public static final class Builder {
        private StudyStorage storage;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String token;
        private Duration pollInterval = Duration.ofSeconds(1);

        private Builder() {
        }

        /** The store to show (required; the server never writes to it). */
        public Builder setStorage(StudyStorage storage) {
            this.storage = storage;
            return this;
        }

        /** The address to bind (default 127.0.0.1; anything else needs a token). */
        public Builder optHost(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port (default 8080; 0 picks a free one). */
        public Builder optPort(int port) {
            this.port = port;
            return this;
        }

        /** The access token every request must carry (default none; required off loopback). */
        public Builder optToken(String token) {
            this.token = token;
            return this;
        }

        /** How often live views poll the store for changes (default 1 s). */
        public Builder optPollInterval(Duration interval) {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("poll interval must be positive, got " + interval);
            }
            this.pollInterval = interval;
            return this;
        }

        /** The server, not started yet. */
        public UiServer build() {
            return new UiServer(this);
        }
    }
}
